package io.casedesk.invoice;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.macd.Billing;
import io.casedesk.macd.BillingStatement;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;

/**
 * The monthly invoice (plan 004): on the invoicing day (the 27th in the provider's zone) every organization with
 * provisioning fees not invoiced yet gets one invoice for the month, numbered {@code INV-<month>-<organization>},
 * stored unchangeable and mailed as a PDF to its financial contacts, or to its primary MPOC when it has none. An
 * invoice exists once per organization and month whichever node issues it, and its mail goes out once.
 */
@Service
public class Invoicing {

    private static final Logger log = LoggerFactory.getLogger(Invoicing.class);
    static final String ATTACHMENT_PREFIX = "invoice:";

    private final InvoiceRepository invoices;
    private final Billing billing;
    private final CustomerDirectory directory;
    private final Notifications notifications;
    private final InvoiceProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Invoicing(InvoiceRepository invoices, Billing billing, CustomerDirectory directory, Notifications notifications,
            InvoiceProperties properties, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.invoices = invoices;
        this.billing = billing;
        this.directory = directory;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Issues the invoices that are due: none before the invoicing day's hour, each organization's at most once a
     * month. Each organization's invoice commits on its own; returns the numbers issued now.
     */
    public List<String> issueDue() {
        ZonedDateTime now = Instant.now(clock).atZone(properties.zone());
        if (now.getDayOfMonth() != properties.dayOfMonth() || now.getHour() < properties.hour()) {
            return List.of();
        }
        List<String> issued = new ArrayList<>();
        for (OrganizationInfo organization : directory.organizations()) {
            try {
                ownTransaction.execute(status -> issue(organization, now)).ifPresent(issued::add);
            } catch (DataIntegrityViolationException issuedByAnotherNode) {
                log.info("The invoice of {} for {} was issued by another node", organization.code(), YearMonth.from(now));
            }
        }
        return issued;
    }

    private Optional<String> issue(OrganizationInfo organization, ZonedDateTime now) {
        String period = YearMonth.from(now).toString();
        if (invoices.existsByOrganizationCodeAndPeriod(organization.code(), period)) {
            return Optional.empty();
        }
        List<BillingStatement.Entry> fees = billing.uninvoiced(organization.code(), now.toInstant());
        if (fees.isEmpty()) {
            return Optional.empty();
        }
        Locale language = Locale.forLanguageTag(organization.locale().getLanguage());
        List<Invoice.Line> lines = new ArrayList<>();
        for (BillingStatement.Entry fee : fees) {
            lines.add(new Invoice.Line(fee.caseNumber(), fee.description(), fee.completedAt(), fee.minutesBilled(),
                    fee.amount()));
            if (fee.expedited() && properties.expeditedSurcharge().signum() > 0) {
                lines.add(new Invoice.Line(fee.caseNumber(), messages.getMessage("invoice.surcharge", null, language),
                        null, null, fee.amount().multiply(properties.expeditedSurcharge()).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        String number = "INV-" + period + "-" + organization.code();
        Invoice invoice = invoices.saveAndFlush(new Invoice(number, organization.code(), period, now.toInstant(),
                billing.currency(), language.getLanguage(), lines));
        billing.invoiced(fees.stream().map(BillingStatement.Entry::caseNumber).toList(), number);
        InvoiceView view = invoice.view();
        Map<String, Object> model = new HashMap<>();
        model.put("invoiceNumber", number);
        model.put("period", period);
        model.put("total", view.currency() + " " + view.total().toPlainString());
        model.put("invoiceUrl", "/portal/bills");
        notifications.send(new Notifications.Outgoing(NotificationKind.INVOICE, "invoice-" + number, organization.code(),
                null, null, fallbackRecipient(organization), model, false).attaching(ATTACHMENT_PREFIX + number));
        log.info("Invoice {} issued to {}: {} {}", number, organization.code(), view.currency(), view.total());
        return Optional.of(number);
    }

    /** The primary MPOC, when the organization has no financial contact to mail the invoice to. */
    private String fallbackRecipient(OrganizationInfo organization) {
        if (!directory.contactsWithRole(organization.code(), ContactRole.FINANCIAL).isEmpty()) {
            return null;
        }
        return directory.contactsWithRole(organization.code(), ContactRole.MPOC_PRIMARY).stream().map(ContactInfo::email)
                .findFirst().orElse(null);
    }

    /** The organization's invoices, newest first: for staff, its financial contacts and its MPOCs. */
    @Transactional(readOnly = true)
    public List<InvoiceView> invoices(String organizationCode, Caller caller) {
        requireReader(organizationCode, caller);
        return invoices.findByOrganizationCodeOrderByIssuedAtDesc(organizationCode).stream().map(Invoice::view).toList();
    }

    @Transactional(readOnly = true)
    public InvoiceView invoice(String organizationCode, String number, Caller caller) {
        requireReader(organizationCode, caller);
        return invoices.findByNumber(number).map(Invoice::view)
                .filter(invoice -> invoice.organization().equals(organizationCode))
                .orElseThrow(() -> new NotFoundException("No invoice " + number + " of " + organizationCode + " exists."));
    }

    /** The issued invoice, for the mail that carries it. */
    @Transactional(readOnly = true)
    Optional<InvoiceView> issued(String number) {
        return invoices.findByNumber(number).map(Invoice::view);
    }

    private void requireReader(String organizationCode, Caller caller) {
        caller.requireAccessTo(organizationCode);
        directory.organization(organizationCode);
        if (!billing.mayRead(organizationCode, caller)) {
            throw new NotPermittedException("Only the financial contacts and MPOCs of " + organizationCode
                    + " read its invoices.");
        }
    }
}
