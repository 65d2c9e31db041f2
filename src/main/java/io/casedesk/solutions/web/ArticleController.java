package io.casedesk.solutions.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.solutions.ArticleView;
import io.casedesk.solutions.NewArticle;
import io.casedesk.solutions.Solutions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The Solutions Center's articles: everyone signed in searches and reads the published ones; staff write them,
 * one language at a time, under {@code /api/articles/{slug}/{language}}.
 */
@RestController
class ArticleController {

    /** The body of a language version; slug and language come from the address. */
    record ArticleText(String title, String body, List<String> productLines, List<String> tags, Boolean published) {
    }

    private final Solutions solutions;
    private final Callers callers;

    ArticleController(Solutions solutions, Callers callers) {
        this.solutions = solutions;
        this.callers = callers;
    }

    @Operation(summary = "Search Solutions Center articles")
    @GetMapping("/api/articles")
    List<ArticleView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String productLine,
            @RequestParam(required = false) String language) {
        return solutions.search(q, productLine, language, callers.current());
    }

    @Operation(summary = "Read an article")
    @GetMapping("/api/articles/{slug}")
    ArticleView read(@PathVariable String slug, @RequestParam(required = false) String language) {
        return solutions.read(slug, language, callers.current());
    }

    /** Writes one language of an article: {@code 201} when it is new, {@code 200} when it changed. */
    @Operation(summary = "Write an article in one language (staff)")
    @ApiResponse(responseCode = "201", description = "A new article or language was written",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @ApiResponse(responseCode = "200", description = "The article was changed")
    @PutMapping("/api/articles/{slug}/{language}")
    ResponseEntity<ArticleView> write(@PathVariable String slug, @PathVariable String language,
            @RequestBody ArticleText text) {
        boolean exists = solutions.find(slug, language, callers.current()).isPresent();
        ArticleView written = solutions.publish(new NewArticle(slug, language, text.title(), text.body(),
                text.productLines(), text.tags(), text.published() == null || text.published()), callers.current());
        return exists ? ResponseEntity.ok(written)
                : ResponseEntity.created(URI.create("/api/articles/" + slug + "?language=" + language)).body(written);
    }

    @Operation(summary = "Remove an article in one language (staff)")
    @ApiResponse(responseCode = "204", description = "The article was removed")
    @DeleteMapping("/api/articles/{slug}/{language}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String language) {
        solutions.remove(slug, language, callers.current());
        return ResponseEntity.noContent().build();
    }
}
