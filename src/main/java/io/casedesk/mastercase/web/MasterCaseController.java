package io.casedesk.mastercase.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.mastercase.MasterCaseView;
import io.casedesk.mastercase.MasterCases;

/** Global (P1G) master cases: declared, linked, updated and resolved by support managers; read by anyone signed in. */
@RestController
class MasterCaseController {

    record Declaration(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String description,
            @NotBlank @Size(max = 64) String productLine, @Size(max = 200) List<@NotBlank String> cases) {
    }

    record Link(@NotBlank @Size(max = 20) String masterCase) {
    }

    record Post(@NotBlank @Size(max = 4000) String message) {
    }

    private final MasterCases masterCases;
    private final Callers callers;

    MasterCaseController(MasterCases masterCases, Callers callers) {
        this.masterCases = masterCases;
        this.callers = callers;
    }

    @PostMapping("/api/master-cases")
    ResponseEntity<MasterCaseView> declare(@Valid @RequestBody Declaration declaration) {
        MasterCaseView view = masterCases.declare(new MasterCases.NewMasterCase(declaration.subject(),
                declaration.description(), declaration.productLine(), declaration.cases()), callers.current());
        return ResponseEntity.created(URI.create("/api/master-cases/" + view.number())).body(view);
    }

    /** Open master cases and those resolved in the last 14 days. */
    @GetMapping("/api/master-cases")
    List<MasterCaseView> list() {
        callers.current();
        return masterCases.current(Instant.now().minus(Duration.ofDays(14)));
    }

    @GetMapping("/api/master-cases/{number}")
    MasterCaseView get(@PathVariable String number) {
        callers.current();
        return masterCases.view(number);
    }

    @PostMapping("/api/cases/{number}/master")
    MasterCaseView link(@PathVariable String number, @Valid @RequestBody Link link) {
        return masterCases.link(number, link.masterCase(), callers.current());
    }

    @PostMapping("/api/master-cases/{number}/updates")
    MasterCaseView update(@PathVariable String number, @Valid @RequestBody Post post) {
        return masterCases.postUpdate(number, post.message(), callers.current());
    }

    @PostMapping("/api/master-cases/{number}/resolution")
    MasterCaseView resolve(@PathVariable String number, @Valid @RequestBody Post post) {
        return masterCases.resolve(number, post.message(), callers.current());
    }
}
