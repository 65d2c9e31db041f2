package io.casedesk.report.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.report.SlaReport;
import io.casedesk.report.SlaReportFiles;
import io.casedesk.report.SlaReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** An organization's monthly SLA report: JSON, CSV ({@code Accept: text/csv}) or PDF ({@code Accept: application/pdf}). */
@RestController
class SlaReportController {

    private static final String PATH = "/api/organizations/{code}/sla-reports/{month}";
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SlaReports reports;
    private final SlaReportFiles files;
    private final Callers callers;

    SlaReportController(SlaReports reports, SlaReportFiles files, Callers callers) {
        this.reports = reports;
        this.files = files;
        this.callers = callers;
    }

    @Operation(summary = "Read the monthly SLA report of an organization")
    @ApiResponse(responseCode = "200", description = "The report of the month (so far, for the current month)",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "The month has not begun")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    SlaReport report(@PathVariable String code, @PathVariable String month) {
        return reports.report(code, month, callers.current());
    }

    @Operation(summary = "Download the monthly SLA report as CSV")
    @ApiResponse(responseCode = "200", description = "The report of the month (so far, for the current month)",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "The month has not begun")
    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @PathVariable String month) {
        SlaReport report = reports.report(code, month, callers.current());
        return ResponseEntity.ok().contentType(TEXT_CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name(report) + ".csv").build().toString()).body(files.csv(report));
    }

    @Operation(summary = "Download the monthly SLA report as PDF")
    @ApiResponse(responseCode = "200", description = "The report of the month (so far, for the current month)",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "The month has not begun")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String month) {
        SlaReport report = reports.report(code, month, callers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(name(report) + ".pdf").build().toString()).body(files.pdf(report));
    }

    private static String name(SlaReport report) {
        return "sla-report-" + report.organization() + "-" + report.month();
    }
}
