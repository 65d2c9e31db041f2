package io.casedesk.solutions;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One language version of a Solutions Center article; its body is Markdown. */
@Entity
@Table(name = "solution_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String language;
    private String title;
    private String body;
    /** Comma-separated product line codes, with a comma before and after, so one line is found by {@code ,CODE,}. */
    private String productLines;
    private String tags;
    private boolean published;
    private Instant updatedAt;
    private String updatedBy;

    protected Article() {
    }

    Article(String slug, String language) {
        this.slug = slug;
        this.language = language;
    }

    void write(String title, String body, List<String> productLines, List<String> tags, boolean published, Instant at,
            String author) {
        this.title = title;
        this.body = body;
        this.productLines = productLines.isEmpty() ? "," : "," + String.join(",", productLines) + ",";
        this.tags = String.join(", ", tags);
        this.published = published;
        this.updatedAt = at;
        this.updatedBy = author;
    }

    String slug() {
        return slug;
    }

    String language() {
        return language;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    List<String> productLines() {
        return Arrays.stream(productLines.split(",")).filter(line -> !line.isBlank()).toList();
    }

    List<String> tags() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    boolean published() {
        return published;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
