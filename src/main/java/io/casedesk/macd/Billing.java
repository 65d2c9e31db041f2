package io.casedesk.macd;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.supportcase.CaseSteps;

/**
 * The provisioning fees of MACD work: billed when a request is completed, and listed per organization and month
 * as a statement or a CSV export.
 */
@Service
@Transactional(readOnly = true)
public class Billing {

    private static final String[] CSV_HEADER = { "organization", "month", "case", "description", "completed_at",
        "minutes_spent", "minutes_billed", "hourly_rate", "amount", "currency", "expedited", "disputed_in" };

    private final BillingEntryRepository entries;
    private final MacdRequestRepository requests;
    private final MacdTexts texts;
    private final CustomerDirectory directory;
    private final CaseSteps caseSteps;
    private final MacdProperties properties;
    private final Clock clock;

    Billing(BillingEntryRepository entries, MacdRequestRepository requests, MacdTexts texts, CustomerDirectory directory,
            CaseSteps caseSteps, MacdProperties properties, Clock clock) {
        this.entries = entries;
        this.requests = requests;
        this.texts = texts;
        this.directory = directory;
        this.caseSteps = caseSteps;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The work is done: the provisioning fee for the time spent is billed to the organization in this
     * month and the case is resolved; returns when it closes without the customer's confirmation.
     */
    @Transactional
    Instant complete(String caseNumber, String note, int minutes, String actor) {
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("Describe what was done for the customer.");
        }
        MacdRequest request = requests.require(caseNumber);
        request.worked(minutes);
        OrganizationInfo org = directory.organization(request.organizationCode());
        Instant now = Instant.now(clock);
        ProvisioningFee fee = ProvisioningFee.of(request.minutesSpent(), properties.hourlyRate(),
                properties.billingIncrement());
        request.completed(now);
        if (!entries.existsByCaseNumber(caseNumber)) {
            entries.save(new BillingEntry(org.code(), YearMonth.from(now.atZone(org.timeZone())).toString(), caseNumber,
                    texts.task(org, request.task()), now, fee, properties.currency(), request.expedited()));
        }
        return caseSteps.resolve(caseNumber, texts.text(org, "completed", note.strip(), fee.minutesSpent(),
                fee.minutesBilled(), properties.currency(), fee.hourlyRate().toPlainString(), fee.amount().toPlainString()),
                actor);
    }

    /**
     * Whether the caller reads the organization's billing: staff every organization's, its financial contacts and
     * MPOCs their own.
     */
    public boolean mayRead(String organizationCode, Caller caller) {
        if (!caller.canSee(organizationCode)) {
            return false;
        }
        return caller.isAgent() || directory.contact(caller.login())
                .filter(contact -> contact.organization().equals(organizationCode)).filter(Billing::reads).isPresent();
    }

    /** Whether this contact reads its organization's billing: its financial contacts and MPOCs do. */
    public static boolean reads(ContactInfo contact) {
        return contact.isMpoc() || contact.hasRole(ContactRole.FINANCIAL);
    }

    /** The currency of every fee. */
    public String currency() {
        return properties.currency();
    }

    /** The organization's fees that no invoice holds yet, completed before {@code before}, oldest first. */
    public List<BillingStatement.Entry> uninvoiced(String organizationCode, Instant before) {
        return entries.findByOrganizationCodeAndInvoiceNumberIsNullAndCompletedAtBeforeOrderByCompletedAtAscIdAsc(
                organizationCode, before).stream().map(BillingEntry::view).toList();
    }

    /** The fees of these cases are on the invoice now; they are not invoiced again. */
    @Transactional
    public void invoiced(List<String> caseNumbers, String invoiceNumber) {
        entries.findByCaseNumberIn(caseNumbers).forEach(entry -> entry.invoiced(invoiceNumber));
    }

    /** The months the organization was billed in, newest first, with their totals. */
    public List<BillingMonth> months(String organizationCode, Caller caller) {
        requireReader(organizationCode, caller);
        return entries.monthsOf(directory.organization(organizationCode).code()).stream()
                .map(month -> new BillingMonth(YearMonth.parse(month.getMonth()), month.getEntries(), month.getTotal(),
                        properties.currency()))
                .toList();
    }

    /** The month's fees of the organization, for staff, and for its financial contacts and MPOCs. */
    public BillingStatement statement(String organizationCode, YearMonth month, Caller caller) {
        requireReader(organizationCode, caller);
        OrganizationInfo organization = directory.organization(organizationCode);
        var rows = entries.findByOrganizationCodeAndBillingMonthOrderByCompletedAtAscIdAsc(organization.code(),
                month.toString());
        BigDecimal total = rows.stream().map(BillingEntry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new BillingStatement(organization.code(), month, properties.currency(), total,
                rows.stream().map(BillingEntry::view).toList());
    }

    /** The statement as CSV (RFC 4180), one line per fee, completion times in the organization's zone. */
    public String csv(String organizationCode, YearMonth month, Caller caller) {
        BillingStatement statement = statement(organizationCode, month, caller);
        ZoneId zone = directory.organization(statement.organization()).timeZone();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (BillingStatement.Entry entry : statement.entries()) {
                printer.printRecord(statement.organization(), statement.month(), entry.caseNumber(), entry.description(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.completedAt().atZone(zone)),
                        entry.minutesSpent(), entry.minutesBilled(), entry.hourlyRate().toPlainString(),
                        entry.amount().toPlainString(), statement.currency(), entry.expedited(),
                        entry.disputedIn() == null ? "" : entry.disputedIn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void requireReader(String organizationCode, Caller caller) {
        caller.requireAccessTo(organizationCode);
        if (!mayRead(organizationCode, caller)) {
            throw new NotPermittedException("Only the financial contacts and MPOCs of " + organizationCode
                    + " read its billing.");
        }
    }
}
