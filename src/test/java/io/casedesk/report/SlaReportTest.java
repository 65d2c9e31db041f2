package io.casedesk.report;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.UnprocessableException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Onboarding;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaClocks;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.SupportCaseProcess;

/**
 * The SLA report of a constructed month, figure by figure. The organization runs the severity matrix in Guayaquil
 * (UTC-5, business hours Monday to Friday 08:00-17:00): S2 is answered within 1 h 30 min and resolved within 4 h around
 * the clock, S3 answered within 2 h and resolved within 4 h of the service hours. In March 2026:
 * <ul>
 * <li>A (S2) opened Tuesday 3rd 09:00, answered 09:45, closed 12:00; reopened by the customer on the 5th;</li>
 * <li>B (S2) opened Tuesday 3rd 16:00, first response breached 17:31, answered 18:00 with an ETR of 10:00 next day,
 * resolution breached 20:01, ETR missed (breach 10:01 on the 4th), closed on the 4th at 11:00 by level 3, where the
 * first breach moved it;</li>
 * <li>C (S3) opened Wednesday 4th 09:00, asked the customer at 10:00 (the first response), closed for no response two
 * business days later;</li>
 * <li>D opened on 31 March at 20:00 local time (already 1 April in UTC): a March case;</li>
 * <li>E opened on 28 February at 23:30 local time (already 1 March in UTC): not a March case.</li>
 * </ul>
 */
@ProcessTest
class SlaReportTest {

    private static final AtomicInteger ORGANIZATIONS = new AtomicInteger();
    private static final Caller STAFF = Caller.agent("manager", Set.of("support-managers"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    Onboarding onboarding;
    @Autowired
    SlaReports reports;
    @Autowired
    SlaReportFiles files;

    private AgentActions agents;
    private String code;
    private Caller contact;

    @BeforeEach
    void setUp() {
        agents = new AgentActions(engine);
        code = "REPORT" + ORGANIZATIONS.incrementAndGet();
        onboarding.create(new Onboarding.OrganizationForm(code, "Report Test " + code, "es-EC", "America/Guayaquil",
                "SEVERITY_MATRIX", "business-ec", List.of("CLOUD_PBX"), "CIRION", List.of()));
        String email = "mpoc@" + code.toLowerCase() + ".example";
        onboarding.addContact(code, new Onboarding.ContactForm(email, "Mesa " + code, "TI", null,
                List.of("MPOC_PRIMARY", "MPOC_TECHNICAL")));
        contact = Caller.contact(email, code);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void everyFigureOfAConstructedMonth() throws IOException {
        at("2026-02-28T23:30:00-05:00");
        open("E: outside the month");

        at("2026-03-03T09:00:00-05:00");
        String a = open("A: answered and closed in time");
        at("2026-03-03T09:05:00-05:00");
        triage(a, "P2");
        at("2026-03-03T09:45:00-05:00");
        agents.work(a, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Revisando la centralita."));
        at("2026-03-03T12:00:00-05:00");
        agents.work(a, Map.of("workAction", "CLOSE", "closingNote", "Reconfigurada."));

        at("2026-03-03T16:00:00-05:00");
        String b = open("B: everything late");
        at("2026-03-03T16:05:00-05:00");
        triage(b, "P2");
        at("2026-03-03T17:31:00-05:00");
        runClockTimers(b, ClockKind.INITIAL_RESPONSE);
        at("2026-03-03T18:00:00-05:00");
        agents.complete(b, "l3", "support-l3", Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "El operador cambia la fibra.",
                "etr", "2026-03-04T10:00:00-05:00"));
        at("2026-03-03T20:01:00-05:00");
        runClockTimers(b, ClockKind.RESOLUTION);

        at("2026-03-04T09:00:00-05:00");
        String c = open("C: never answered by the customer");
        at("2026-03-04T09:10:00-05:00");
        triage(c, "P3");
        at("2026-03-04T10:00:00-05:00");
        agents.work(c, Map.of("workAction", "ASK_CUSTOMER", "question", "¿Qué extensión?"));
        at("2026-03-04T10:01:00-05:00");
        runClockTimers(b, ClockKind.UPDATE);
        at("2026-03-04T11:00:00-05:00");
        agents.complete(b, "l3", "support-l3", Map.of("workAction", "CLOSE", "closingNote", "Fibra reemplazada."));

        at("2026-03-05T09:00:00-05:00");
        cases.reopen(a, "Vuelve a fallar.", contact);
        at("2026-03-06T10:00:00-05:00");
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c)
                .processDefinitionKey(SupportCaseProcess.PROCESS_ID).singleResult().getId();
        execute(engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("TimerEvent_NoResponse").singleResult());

        at("2026-03-31T20:00:00-05:00");
        open("D: late on the last evening");

        SlaReport report = reports.report(code, "2026-03", STAFF);

        assertThat(report.from()).isEqualTo(instant("2026-03-01T00:00:00-05:00"));
        assertThat(report.to()).isEqualTo(instant("2026-04-01T00:00:00-05:00"));
        assertThat(report.slaPlan()).isEqualTo("SEVERITY_MATRIX");
        assertThat(report.casesOpened()).as("A, B, C, D").isEqualTo(4);
        assertThat(report.casesClosed()).as("A, B, C").isEqualTo(3);
        assertThat(report.casesReopened()).as("A").isEqualTo(1);
        assertThat(report.closedNoResponse()).as("C").isEqualTo(1);
        assertThat(report.targets()).extracting(SlaReport.Targets::priority, SlaReport.Targets::clock,
                SlaReport.Targets::promised, SlaReport.Targets::periods, SlaReport.Targets::met, SlaReport.Targets::metPercent)
                .containsExactly(
                        tuple("P2", ClockKind.INITIAL_RESPONSE, List.of("PT1H30M"), 2L, 1L, new BigDecimal("50.0")),
                        tuple("P2", ClockKind.UPDATE, List.of("ETR"), 1L, 0L, new BigDecimal("0.0")),
                        tuple("P2", ClockKind.RESOLUTION, List.of("PT4H"), 2L, 1L, new BigDecimal("50.0")),
                        tuple("P3", ClockKind.INITIAL_RESPONSE, List.of("PT2H"), 1L, 1L, new BigDecimal("100.0")),
                        tuple("P3", ClockKind.RESOLUTION, List.of("PT4H"), 1L, 1L, new BigDecimal("100.0")));
        // first responses in business time: A 45 min, B 1 h (16:00-17:00; the evening is outside business hours), C 1 h
        assertThat(report.timeToFirstResponse()).extracting(SlaReport.Times::priority, SlaReport.Times::cases,
                SlaReport.Times::meanSeconds, SlaReport.Times::p90Seconds).containsExactly(
                        tuple("ALL", 3L, 3300L, 3600L), tuple("P2", 2L, 3150L, 3600L), tuple("P3", 1L, 3600L, 3600L));
        // resolutions: A 3 h, B 4 h (1 h on the 3rd, 3 h on the 4th), C 1 h (then paused, waiting for the customer)
        assertThat(report.timeToResolution()).extracting(SlaReport.Times::priority, SlaReport.Times::cases,
                SlaReport.Times::meanSeconds, SlaReport.Times::p90Seconds).containsExactly(
                        tuple("ALL", 3L, 9600L, 14400L), tuple("P2", 2L, 12600L, 14400L), tuple("P3", 1L, 3600L, 3600L));
        assertThat(report.breaches()).extracting(SlaReport.Breach::caseNumber, SlaReport.Breach::clock,
                SlaReport.Breach::dueAt, SlaReport.Breach::breachedAt).containsExactly(
                        tuple(b, ClockKind.INITIAL_RESPONSE, instant("2026-03-03T17:30:00-05:00"),
                                instant("2026-03-03T17:31:00-05:00")),
                        tuple(b, ClockKind.RESOLUTION, instant("2026-03-03T20:00:00-05:00"),
                                instant("2026-03-03T20:01:00-05:00")),
                        tuple(b, ClockKind.UPDATE, instant("2026-03-04T10:00:00-05:00"),
                                instant("2026-03-04T10:01:00-05:00")));

        SlaReport february = reports.report(code, "2026-02", contact);
        assertThat(february.casesOpened()).as("E").isEqualTo(1);
        assertThat(february.targets()).isEmpty();
        assertThat(february.breaches()).isEmpty();

        String csv = files.csv(report);
        assertThat(csv.lines()).contains("measure,priority,clock,value,detail", "cases_opened,,,4,",
                "targets_met_percent,P2,INITIAL_RESPONSE,50.0,", "first_response_p90_seconds,ALL,,3600,",
                "resolution_mean_seconds,P2,,12600,", "breach,P2,UPDATE," + b + ",2026-03-04T15:01:00Z");
        byte[] pdf = files.pdf(report);
        Files.write(Path.of("target", "sla-report-example.pdf"), pdf); // for people to look at
        assertThat(pdfText(pdf)).contains("Informe de SLA", "marzo 2026", "Primera respuesta", "50.0", b, "1 h 00 min",
                "Cerrados por falta de respuesta");
    }

    @Test
    void contactsReadTheirOwnOrganizationsReportsOnly() {
        at("2026-03-10T12:00:00-05:00");

        assertThat(reports.report(code, "2026-03", contact).organization()).isEqualTo(code);
        assertThatThrownBy(() -> reports.report("ACME", "2026-03", contact)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(code, "March", STAFF)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("yyyy-MM");
        assertThatThrownBy(() -> reports.report(code, "2026-04", STAFF)).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("has not begun");
    }

    private String open(String subject) {
        return cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX", subject,
                subject + " — detalle", null, null), contact, null).supportCase().number();
    }

    private void triage(String n, String priority) {
        agents.complete(n, "l1", "support-l1", Map.of("priority", priority, "caseType", "SERVICE_REQUEST",
                "productLine", "CLOUD_PBX", "assignedGroup", "support-l2", "markAsDuplicate", false));
    }

    /** Fires the clock's timers that are due by now, as the job executor would. */
    private void runClockTimers(String n, ClockKind clock) {
        Date now = ClockUtil.getCurrentTime();
        for (Job job = slaClocks.timer(n, clock).orElse(null); job != null && !job.getDuedate().after(now);
                job = slaClocks.timer(n, clock).orElse(null)) {
            execute(job);
        }
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    private static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
