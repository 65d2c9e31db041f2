package io.casedesk.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.casedesk.common.LocalTimes;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.MailAttachments;

/**
 * An invoice as a PDF: the Thymeleaf page {@code templates/invoice/invoice.html} in the organization's language,
 * laid out by openhtmltopdf (HTML and CSS to PDF on Apache PDFBox), the same way mails and pages are written. It is
 * also the file the invoice mail carries.
 */
@Component
public class InvoiceFiles implements MailAttachments {

    private final ITemplateEngine templates;
    private final CustomerDirectory directory;
    private final Invoicing invoicing;

    InvoiceFiles(ITemplateEngine templates, CustomerDirectory directory, Invoicing invoicing) {
        this.templates = templates;
        this.directory = directory;
        this.invoicing = invoicing;
    }

    /** The invoice as a PDF. */
    public byte[] pdf(InvoiceView invoice) {
        OrganizationInfo organization = directory.organization(invoice.organization());
        Locale locale = Locale.forLanguageTag(invoice.language());
        Context context = new Context(locale, Map.of("invoice", invoice, "organization", organization,
                "issued", LocalTimes.describe(invoice.issuedAt(), organization.timeZone(), locale),
                "completed", invoice.lines().stream().map(line -> line.completedAt() == null ? ""
                        : LocalTimes.describe(line.completedAt(), organization.timeZone(), locale)).toList()));
        String html = templates.process("invoice/invoice", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    @Override
    public Optional<File> file(String reference) {
        if (!reference.startsWith(Invoicing.ATTACHMENT_PREFIX)) {
            return Optional.empty();
        }
        return invoicing.issued(reference.substring(Invoicing.ATTACHMENT_PREFIX.length()))
                .map(invoice -> new File(invoice.number() + ".pdf", "application/pdf", pdf(invoice)));
    }
}
