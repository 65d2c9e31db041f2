package io.casedesk.escalation.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.escalation.Escalations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A customer's request to escalate a case up the support management path. */
@RestController
class EscalationController {

    record EscalationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Escalations escalations;
    private final Callers callers;

    EscalationController(Escalations escalations, Callers callers) {
        this.escalations = escalations;
        this.callers = callers;
    }

    @Operation(summary = "Ask for the case to be escalated one level")
    @ApiResponse(responseCode = "202", description = "The escalation request was recorded (or the case is already at that level)")
    @PostMapping("/api/cases/{number}/escalations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Escalations.Outcome escalate(@PathVariable String number, @Valid @RequestBody EscalationRequest request) {
        return escalations.request(number, request.reason(), callers.current());
    }
}
