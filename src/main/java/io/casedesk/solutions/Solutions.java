package io.casedesk.solutions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.supportcase.CaseSettings;

/**
 * The Solutions Center: articles for self-help and self-administration. Staff write and publish them, one version
 * per language under one slug; customers find the published ones by words and product line, in their language,
 * and the case form suggests those that may help before a case is opened.
 */
@Service
@Transactional(readOnly = true)
public class Solutions {

    public static final List<String> LANGUAGES = List.of("en", "es");
    static final int MAX_WORDS = 8;
    static final int MAX_FOUND = 50;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} ._-]{1,40}");
    private static final char ESCAPE = '\\';
    private static final int SUMMARY_LENGTH = 180;
    /** Words too common to suggest anything by. */
    private static final Set<String> COMMON_WORDS = Set.of("with", "from", "that", "this", "have", "does", "when",
            "what", "they", "them", "there", "since", "after", "para", "como", "cuando", "desde", "este", "esta",
            "tiene", "pero", "todos", "todas", "sobre", "entre", "hace");

    private final ArticleRepository articles;
    private final CaseSettings caseSettings;
    private final Clock clock;
    private final Parser markdown = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    Solutions(ArticleRepository articles, CaseSettings caseSettings, Clock clock) {
        this.articles = articles;
        this.caseSettings = caseSettings;
        this.clock = clock;
    }

    /**
     * Published articles in the language that contain every word (title, tags or body), about the product line if
     * one is given, best matches first; staff find unpublished ones too.
     */
    public List<ArticleView> search(String words, String productLine, String language, Caller caller) {
        List<String> wanted = words(words);
        if (wanted.size() > MAX_WORDS) {
            throw new InvalidRequestException("Search with at most " + MAX_WORDS + " words.");
        }
        Specification<Article> spec = inLanguage(language(language)).and(about(productLine));
        if (!caller.isAgent()) {
            spec = spec.and(published());
        }
        for (String word : wanted) {
            spec = spec.and(containing(word, true));
        }
        return ranked(articles.findAll(spec, PageRequest.of(0, MAX_FOUND, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .getContent(), wanted, productLine).stream().map(this::view).toList();
    }

    /**
     * Up to {@code limit} published articles that may help with a case about to be opened: about its product line or
     * naming its words in the title or tags.
     */
    public List<ArticleView> suggestions(String productLine, String caseText, String language, int limit) {
        List<String> wanted = words(caseText).stream().filter(word -> word.length() >= 4 && !COMMON_WORDS.contains(word))
                .limit(MAX_WORDS).toList();
        boolean line = productLine != null && !productLine.isBlank();
        if (wanted.isEmpty() && !line) {
            return List.of();
        }
        Specification<Article> any = line ? about(productLine) : null;
        for (String word : wanted) {
            Specification<Article> match = containing(word, false);
            any = any == null ? match : any.or(match);
        }
        List<Article> found = articles.findAll(inLanguage(language(language)).and(published()).and(any),
                PageRequest.of(0, MAX_FOUND, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent();
        return ranked(found, wanted, productLine).stream().limit(limit).map(this::view).toList();
    }

    /** The article in the reader's language, else in the other; contacts read published articles only. */
    public ArticleView read(String slug, String language, Caller caller) {
        List<Article> versions = articles.findBySlugOrderByLanguage(slug).stream()
                .filter(article -> caller.isAgent() || article.published()).toList();
        return versions.stream().filter(article -> article.language().equals(language(language))).findFirst()
                .or(() -> versions.stream().findFirst())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("No article " + slug + " exists."));
    }

    /** Every article in every language, for staff. */
    public List<ArticleView> all(Caller caller) {
        requireStaff(caller);
        return articles.findAllByOrderBySlugAscLanguageAsc().stream().map(this::view).toList();
    }

    public Optional<ArticleView> find(String slug, String language, Caller caller) {
        requireStaff(caller);
        return articles.findBySlugAndLanguage(slug, language).map(this::view);
    }

    /** Writes one language of an article, new or changed; staff only. */
    @Transactional
    public ArticleView publish(NewArticle article, Caller caller) {
        requireStaff(caller);
        String slug = article.slug() == null ? "" : article.slug().strip();
        if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw new InvalidRequestException("slug must be 1 to 100 lower-case letters, digits and single hyphens, "
                    + "such as create-a-user.");
        }
        if (article.language() == null || !LANGUAGES.contains(article.language())) {
            throw new InvalidRequestException("language must be one of " + LANGUAGES + ".");
        }
        String title = article.title() == null ? "" : article.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidRequestException("Give a title of up to 200 characters.");
        }
        String body = article.body() == null ? "" : article.body().strip();
        if (body.isEmpty() || body.length() > 100_000) {
            throw new InvalidRequestException("Write a body of up to 100,000 characters.");
        }
        List<String> lines = article.productLines() == null ? List.of() : article.productLines().stream()
                .filter(line -> line != null && !line.isBlank()).map(String::strip).distinct().toList();
        for (String line : lines) {
            if (!caseSettings.productLines().contains(line)) {
                throw new InvalidRequestException("Unknown product line " + line + "; use one of "
                        + caseSettings.productLines() + ".");
            }
        }
        List<String> tags = article.tags() == null ? List.of() : article.tags().stream()
                .filter(tag -> tag != null && !tag.isBlank()).map(String::strip).distinct().toList();
        if (tags.size() > 10 || tags.stream().anyMatch(tag -> !TAG.matcher(tag).matches())) {
            throw new InvalidRequestException("Give at most 10 tags of up to 40 letters, digits, spaces, dots and hyphens.");
        }
        Article stored = articles.findBySlugAndLanguage(slug, article.language())
                .orElseGet(() -> new Article(slug, article.language()));
        stored.write(title, body, lines, tags, article.published(), Instant.now(clock), caller.login());
        return view(articles.save(stored));
    }

    /** Removes one language of an article. */
    @Transactional
    public void remove(String slug, String language, Caller caller) {
        requireStaff(caller);
        Article article = articles.findBySlugAndLanguage(slug, language)
                .orElseThrow(() -> new NotFoundException("No article " + slug + " exists in " + language + "."));
        articles.delete(article);
    }

    /** The language an article list is in: the reader's if there are articles in it, English otherwise. */
    public static String language(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isAgent()) {
            throw new NotPermittedException("Only support staff write articles.");
        }
    }

    private ArticleView view(Article article) {
        Node document = markdown.parse(article.body());
        String plain = text.render(document).strip().replaceAll("\\s+", " ");
        String summary = plain.length() <= SUMMARY_LENGTH ? plain : plain.substring(0, SUMMARY_LENGTH).strip() + "…";
        return new ArticleView(article.slug(), article.language(), article.title(), summary, html.render(document),
                article.body(), article.productLines(), article.tags(), article.published(), article.updatedAt(),
                article.updatedBy());
    }

    /** Title hits count most, then tags, then the product line, then the body. */
    private static List<Article> ranked(List<Article> found, List<String> words, String productLine) {
        List<Article> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Article article) -> score(article, words, productLine)).reversed());
        return ranked;
    }

    private static int score(Article article, List<String> words, String productLine) {
        int score = productLine != null && article.productLines().contains(productLine) ? 2 : 0;
        String title = article.title().toLowerCase(Locale.ROOT);
        String tags = String.join(" ", article.tags()).toLowerCase(Locale.ROOT);
        String body = article.body().toLowerCase(Locale.ROOT);
        for (String word : words) {
            score += (title.contains(word) ? 4 : 0) + (tags.contains(word) ? 3 : 0) + (body.contains(word) ? 1 : 0);
        }
        return score;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).distinct().toList();
    }

    private static Specification<Article> published() {
        return (root, query, cb) -> cb.isTrue(root.get("published"));
    }

    private static Specification<Article> inLanguage(String language) {
        return (root, query, cb) -> cb.equal(root.get("language"), language);
    }

    private static Specification<Article> about(String productLine) {
        if (productLine == null || productLine.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        return (root, query, cb) -> cb.like(root.get("productLines"), "%," + escaped(productLine.strip()) + ",%", ESCAPE);
    }

    /** The word in the title or tags, and with {@code inBody} in the body too. */
    private static Specification<Article> containing(String word, boolean inBody) {
        String pattern = "%" + escaped(word) + "%";
        return (root, query, cb) -> {
            List<Predicate> places = new ArrayList<>(List.of(
                    cb.like(cb.lower(root.get("title")), pattern, ESCAPE),
                    cb.like(cb.lower(root.get("tags")), pattern, ESCAPE)));
            if (inBody) {
                places.add(cb.like(cb.lower(root.get("body")), pattern, ESCAPE));
            }
            return cb.or(places.toArray(Predicate[]::new));
        };
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
