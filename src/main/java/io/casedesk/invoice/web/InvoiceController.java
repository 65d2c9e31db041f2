package io.casedesk.invoice.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.invoice.InvoiceFiles;
import io.casedesk.invoice.InvoiceView;
import io.casedesk.invoice.Invoicing;
import io.swagger.v3.oas.annotations.Operation;

/** The organization's invoices: JSON, or the PDF with {@code Accept: application/pdf}. */
@RestController
class InvoiceController {

    private final Invoicing invoicing;
    private final InvoiceFiles files;
    private final Callers callers;

    InvoiceController(Invoicing invoicing, InvoiceFiles files, Callers callers) {
        this.invoicing = invoicing;
        this.files = files;
        this.callers = callers;
    }

    @Operation(summary = "List the organization's invoices, newest first")
    @GetMapping("/api/organizations/{code}/invoices")
    List<InvoiceView> invoices(@PathVariable String code) {
        return invoicing.invoices(code, callers.current());
    }

    @Operation(summary = "Read an invoice")
    @GetMapping(path = "/api/organizations/{code}/invoices/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    InvoiceView invoice(@PathVariable String code, @PathVariable String number) {
        return invoicing.invoice(code, number, callers.current());
    }

    @Operation(summary = "Download an invoice as PDF")
    @GetMapping(path = "/api/organizations/{code}/invoices/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String number) {
        InvoiceView invoice = invoicing.invoice(code, number, callers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(invoice.number() + ".pdf")
                        .build().toString())
                .body(files.pdf(invoice));
    }
}
