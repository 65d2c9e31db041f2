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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

    @Operation(summary = "Declare a P1G master case for an outage")
    @ApiResponse(responseCode = "201", description = "The master case was opened",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping("/api/master-cases")
    ResponseEntity<MasterCaseView> declare(@Valid @RequestBody Declaration declaration) {
        MasterCaseView view = masterCases.declare(new MasterCases.NewMasterCase(declaration.subject(),
                declaration.description(), declaration.productLine(), declaration.cases()), callers.current());
        return ResponseEntity.created(URI.create("/api/master-cases/" + view.number())).body(view);
    }

    /** Open master cases and those resolved in the last 14 days. */
    @Operation(summary = "List master cases")
    @GetMapping("/api/master-cases")
    List<MasterCaseView> list() {
        callers.current();
        return masterCases.current(Instant.now().minus(Duration.ofDays(14)));
    }

    @Operation(summary = "Read a master case with its linked cases")
    @GetMapping("/api/master-cases/{number}")
    MasterCaseView get(@PathVariable String number) {
        callers.current();
        return masterCases.view(number);
    }

    @Operation(summary = "Link a case to a master case")
    @PostMapping("/api/cases/{number}/master")
    MasterCaseView link(@PathVariable String number, @Valid @RequestBody Link link) {
        return masterCases.link(number, link.masterCase(), callers.current());
    }

    @Operation(summary = "Post a public update to every linked case")
    @PostMapping("/api/master-cases/{number}/updates")
    MasterCaseView update(@PathVariable String number, @Valid @RequestBody Post post) {
        return masterCases.postUpdate(number, post.message(), callers.current());
    }

    @Operation(summary = "Resolve a master case and its linked cases")
    @PostMapping("/api/master-cases/{number}/resolution")
    MasterCaseView resolve(@PathVariable String number, @Valid @RequestBody Post post) {
        return masterCases.resolve(number, post.message(), callers.current());
    }
}
