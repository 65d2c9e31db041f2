package io.casedesk.solutions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.casedesk.customer.Caller;

/**
 * The demo's Solutions Center: the self-help articles the support plans point customers at (create a user, reset
 * a password, add a phone, …) in English and Spanish, from {@code demo/articles/<slug>.<language>.md}. An article
 * that exists already is left as staff edited it.
 */
@Component
@Profile("demo")
@Order(3)
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);
    private static final Caller AUTHOR = Caller.agent("casedesk", Set.of());

    private final Solutions solutions;
    private final ArticleRepository articles;

    DemoArticles(Solutions solutions, ArticleRepository articles) {
        this.solutions = solutions;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int added = 0;
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md")) {
            String[] name = resource.getFilename().split("\\.");
            if (articles.findBySlugAndLanguage(name[0], name[1]).isEmpty()) {
                solutions.publish(parse(name[0], name[1], resource.getContentAsString(StandardCharsets.UTF_8)), AUTHOR);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo Solutions Center: {} articles added", added);
        }
    }

    /** A header of {@code key: value} lines, a line {@code ---}, then the Markdown body. */
    static NewArticle parse(String slug, String language, String file) {
        int end = file.indexOf("\n---\n");
        if (end < 0) {
            throw new UncheckedIOException(new IOException("The article " + slug + "." + language + " has no header."));
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : file.substring(0, end).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new NewArticle(slug, language, header.get("title"), file.substring(end + 5),
                list(header.get("productLines")), list(header.get("tags")), true);
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
