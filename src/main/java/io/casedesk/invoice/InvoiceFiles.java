package io.casedesk.invoice;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import io.casedesk.common.LocalTimes;
import io.casedesk.common.PdfPages;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.MailAttachments;

/**
 * An invoice as a PDF: the Thymeleaf page {@code templates/invoice/invoice.html} in the organization's language,
 * laid out by {@link PdfPages}. It is also the file the invoice mail carries.
 */
@Component
public class InvoiceFiles implements MailAttachments {

    private final PdfPages pages;
    private final CustomerDirectory directory;
    private final Invoicing invoicing;

    InvoiceFiles(PdfPages pages, CustomerDirectory directory, Invoicing invoicing) {
        this.pages = pages;
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
        return pages.render("invoice/invoice", context);
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
