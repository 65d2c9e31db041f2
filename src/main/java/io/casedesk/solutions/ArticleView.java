package io.casedesk.solutions;

import java.time.Instant;
import java.util.List;

/**
 * An article as readers and the API see it.
 *
 * @param summary the start of the text, plain, for lists
 * @param html    the body rendered from Markdown; raw HTML in the body is shown as text, and only web and mail
 *                links are kept
 * @param body    the body as written (Markdown)
 */
public record ArticleView(String slug, String language, String title, String summary, String html, String body,
        List<String> productLines, List<String> tags, boolean published, Instant updatedAt, String updatedBy) {
}
