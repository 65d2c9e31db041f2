package io.casedesk.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.ProcessTest;

/**
 * The invoice on the 27th (plan 004), on hard dates in the provider's zone (America/Denver): one invoice per
 * organization and month from the fees not invoiced yet, however often the job runs; its mail to the financial
 * contacts or the primary MPOC, in the organization's language; a PDF that PDFBox reads back with its total.
 */
@ProcessTest
class InvoicingTest {

    static final Caller STAFF = Caller.agent("billing", Set.of("billing"));

    @Autowired
    Invoicing invoicing;
    @Autowired
    InvoiceFiles files;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void organizations() {
        if (directory.find("INVEN").isEmpty()) {
            directory.register(new OrganizationInfo("INVEN", "Invoice English Ltd", Locale.forLanguageTag("en-US"),
                    ZoneId.of("America/Denver"), "PRIORITY_MATRIX", "business-mt", "CALLTOWER_EN"));
            directory.registerContact("INVEN", "mpoc@inven.example", "Ivy Mpoc", "IT", null, Set.of(ContactRole.MPOC_PRIMARY));
            directory.registerContact("INVEN", "money@inven.example", "Mo Money", "Finance", null,
                    Set.of(ContactRole.FINANCIAL));
            directory.register(new OrganizationInfo("INVES", "Facturas Sin Finanzas", Locale.forLanguageTag("es-EC"),
                    ZoneId.of("America/Guayaquil"), "SEVERITY_MATRIX", "business-ec", "CIRION"));
            directory.registerContact("INVES", "jefa@inves.example", "Jefa", "TI", null, Set.of(ContactRole.MPOC_PRIMARY));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void onThe27thEachOrganizationWithFeesGetsOneInvoiceAndOneMailHoweverOftenTheJobRuns() throws IOException {
        fee("INVEN", "CS-880001", "New activation", "2026-11-03T17:00:00Z", 30, "50.00");
        fee("INVEN", "CS-880002", "Create a phone", "2026-11-20T17:00:00Z", 15, "25.00");
        fee("INVES", "CS-880003", "Alta nueva", "2026-11-10T15:00:00Z", 45, "75.00");
        fee("INVEN", "CS-880004", "Delete a user", "2026-11-27T14:00:00Z", 15, "25.00"); // after the invoice

        at("2026-11-26T23:00:00-07:00");
        assertThat(invoicing.issueDue()).as("the 26th").isEmpty();
        at("2026-11-27T05:59:00-07:00");
        assertThat(invoicing.issueDue()).as("before 06:00").isEmpty();
        at("2026-11-27T06:30:00-07:00"); // 13:30 UTC
        assertThat(invoicing.issueDue()).contains("INV-2026-11-INVEN", "INV-2026-11-INVES");
        assertThat(invoicing.issueDue()).as("the job runs again").isEmpty();

        InvoiceView english = invoicing.invoice("INVEN", "INV-2026-11-INVEN", STAFF);
        assertThat(english.lines()).extracting(InvoiceView.Line::caseNumber).containsExactly("CS-880001", "CS-880002");
        assertThat(english.total()).isEqualByComparingTo("75.00");
        assertThat(invoicing.invoices("INVEN", STAFF)).extracting(InvoiceView::number).containsExactly("INV-2026-11-INVEN");
        List<NotificationView> mails = notifications.forEvents("invoice-INV-2026-11-INVEN");
        assertThat(mails).extracting(NotificationView::recipient).containsExactly("money@inven.example");
        assertThat(mails.get(0).subject()).isEqualTo("Invoice INV-2026-11-INVEN for Invoice English Ltd");
        String pdf = text(files.pdf(english));
        assertThat(pdf).contains("Invoice INV-2026-11-INVEN", "Invoice English Ltd (INVEN)", "CS-880001", "CS-880002",
                "USD 75.00");

        List<NotificationView> spanish = notifications.forEvents("invoice-INV-2026-11-INVES");
        assertThat(spanish).extracting(NotificationView::recipient).as("no financial contact: the primary MPOC")
                .containsExactly("jefa@inves.example");
        assertThat(spanish.get(0).subject()).startsWith("Factura INV-2026-11-INVES");
        assertThat(text(files.pdf(invoicing.invoice("INVES", "INV-2026-11-INVES", STAFF))))
                .contains("Factura INV-2026-11-INVES", "Alta nueva", "Total", "USD 75.00");

        at("2026-12-27T08:00:00-07:00");
        invoicing.issueDue();
        assertThat(invoicing.invoice("INVEN", "INV-2026-12-INVEN", STAFF).lines()).as("only what was not invoiced")
                .extracting(InvoiceView.Line::caseNumber).containsExactly("CS-880004");
    }

    @Test
    void onlyTheOrganizationsFinancialContactsMpocsAndStaffReadItsInvoices() {
        fee("INVEN", "CS-880011", "Reset a password", "2027-01-05T17:00:00Z", 15, "25.00");
        at("2027-01-27T09:00:00-07:00");
        invoicing.issueDue();

        assertThat(invoicing.invoices("INVEN", Caller.contact("money@inven.example", "INVEN"))).isNotEmpty();
        assertThat(invoicing.invoices("INVEN", Caller.contact("mpoc@inven.example", "INVEN"))).isNotEmpty();
        assertThatThrownBy(() -> invoicing.invoices("INVEN", Caller.contact("alice.morgan@acme.example", "ACME")))
                .isInstanceOf(NotFoundException.class);
        directory.registerContact("INVEN", "desk@inven.example", "Front desk", "Reception", null,
                Set.of(ContactRole.MAINTENANCE));
        assertThatThrownBy(() -> invoicing.invoices("INVEN", Caller.contact("desk@inven.example", "INVEN")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theInvoicingTimerRunsTheProcessThatIssuesThem() {
        fee("INVES", "CS-880021", "Crear un teléfono", "2027-02-02T15:00:00Z", 15, "25.00");
        at("2027-02-27T10:00:00-07:00");
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("MonthlyInvoicingProcess")
                .timers().singleResult();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(invoicing.invoices("INVES", STAFF)).extracting(InvoiceView::number).contains("INV-2027-02-INVES");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("MonthlyInvoicingProcess").finished().count()).isPositive();
    }

    private void fee(String organization, String caseNumber, String description, String completedAt, int minutes,
            String amount) {
        jdbc.update("insert into billing_entry (organization_code, billing_month, case_number, description, completed_at, "
                + "minutes_spent, minutes_billed, hourly_rate, amount, currency, expedited) values (?, ?, ?, ?, ?, ?, ?, "
                + "100.00, ?, 'USD', false)", organization, completedAt.substring(0, 7), caseNumber, description,
                OffsetDateTime.parse(completedAt), minutes, minutes, new java.math.BigDecimal(amount));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }
}
