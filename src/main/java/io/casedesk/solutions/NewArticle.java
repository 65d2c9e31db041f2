package io.casedesk.solutions;

import java.util.List;

/**
 * What staff write for one language of an article.
 *
 * @param slug         the article's name in links, the same in every language: {@code create-a-user}
 * @param language     {@code en} or {@code es}
 * @param body         Markdown
 * @param productLines the product lines it is about; none for every product line
 * @param published    whether customers see it
 */
public record NewArticle(String slug, String language, String title, String body, List<String> productLines,
        List<String> tags, boolean published) {
}
