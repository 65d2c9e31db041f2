package io.casedesk.macd.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Callers;
import io.casedesk.macd.Billing;
import io.casedesk.macd.BillingMonth;
import io.casedesk.macd.BillingStatement;
import io.casedesk.macd.MacdApprovals;
import io.casedesk.macd.MacdRequests;
import io.casedesk.macd.MacdView;
import io.swagger.v3.oas.annotations.Operation;

/** MACD requests of a case, the MPOCs' decision through the API, and the organizations' provisioning fees. */
@RestController
class MacdController {

    /** An MPOC's decision; a rejection needs a reason, which the requester reads. */
    record Decision(@NotNull Verdict decision, @Size(max = 2000) String reason) {
    }

    enum Verdict {
        APPROVE, REJECT
    }

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private final MacdRequests requests;
    private final MacdApprovals approvals;
    private final Billing billing;
    private final Callers callers;

    MacdController(MacdRequests requests, MacdApprovals approvals, Billing billing, Callers callers) {
        this.requests = requests;
        this.approvals = approvals;
        this.billing = billing;
        this.callers = callers;
    }

    @Operation(summary = "Read the MACD request of a case")
    @GetMapping("/api/cases/{number}/macd")
    MacdView request(@PathVariable String number) {
        return requests.view(number, callers.current());
    }

    @Operation(summary = "Approve or reject a MACD request (MPOCs)")
    @PostMapping("/api/cases/{number}/macd/approval")
    MacdView decide(@PathVariable String number, @Valid @RequestBody Decision decision) {
        return approvals.decideAsContact(number, callers.current(), decision.decision() == Verdict.APPROVE,
                decision.reason());
    }

    /** The months the organization was billed in, newest first, with their totals. */
    @Operation(summary = "List the months the organization was billed, with totals")
    @GetMapping("/api/organizations/{code}/billing/months")
    List<BillingMonth> months(@PathVariable String code) {
        return billing.months(code, callers.current());
    }

    @Operation(summary = "Read the billing statement of a month")
    @GetMapping(path = "/api/organizations/{code}/billing", produces = MediaType.APPLICATION_JSON_VALUE)
    BillingStatement statement(@PathVariable String code, @RequestParam String month) {
        return billing.statement(code, month(month), callers.current());
    }

    /** The same as CSV, for {@code Accept: text/csv}. */
    @Operation(summary = "Download the billing statement of a month as CSV")
    @GetMapping(path = "/api/organizations/{code}/billing", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam String month) {
        return csvFile(code, month);
    }

    /** The CSV at its own address, whatever the client accepts: for spreadsheets and browsers. */
    @Operation(summary = "Download the billing statement of a month as CSV (own address)")
    @GetMapping("/api/organizations/{code}/billing.csv")
    ResponseEntity<String> csvFile(@PathVariable String code, @RequestParam String month) {
        YearMonth period = month(month);
        String body = billing.csv(code, period, callers.current());
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"billing-" + code + "-" + period + ".csv\"")
                .body(body);
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month must be a year and month such as 2026-03.");
        }
    }
}
