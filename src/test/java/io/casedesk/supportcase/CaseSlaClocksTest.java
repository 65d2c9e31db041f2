package io.casedesk.supportcase;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.date;
import static io.casedesk.support.EngineTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.ConflictException;
import io.casedesk.customer.Caller;
import io.casedesk.escalation.Escalations;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The SLA clocks of a case as real Camunda timer jobs, driven by the test's clock:
 * warning, breach and tier escalation; pause on hold and resume with the time left; the update clock
 * restarting at each public update; an ETR replacing scheduled updates; and escalation requests.
 * Acme runs the priority matrix: P2 is answered in 30 minutes and updated every 2 hours, around the clock.
 */
@ProcessTest
class CaseSlaClocksTest {

    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SupportCaseRepository repository;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    Notifications notifications;
    @Autowired
    Escalations escalations;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TransactionTemplate transactions;

    private AgentActions agents;

    @BeforeEach
    void setUp() {
        agents = new AgentActions(engine);
        at("2026-03-11T10:00:00-06:00"); // a Wednesday in Denver
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    // --- warning, breach and tier escalation ------------------------------------------------------

    @Test
    void warningThenBreachThenEscalationToTheNextTier() {
        String n = open("Calls drop when transferring");
        at("2026-03-11T10:05:00-06:00");
        triage(n, "P2", "support-l1");

        assertThat(slaClocks.status(n).initialResponseDue()).isEqualTo(instant("2026-03-11T10:30:00-06:00"));
        assertThat(workTask(n).getDueDate()).isEqualTo(date("2026-03-11T10:30:00-06:00"));
        Job warning = nextTimer(n, ClockKind.INITIAL_RESPONSE);
        assertThat(warning.getDuedate()).isEqualTo(date("2026-03-11T10:22:30-06:00"));

        at("2026-03-11T10:23:00-06:00");
        execute(warning);

        assertThat(sent(n, NotificationKind.SLA_WARNING)).extracting(NotificationView::recipient)
                .containsExactly("l1@casedesk.example");
        assertThat(slaClocks.status(n).breaches()).isEmpty();
        Job breach = nextTimer(n, ClockKind.INITIAL_RESPONSE);
        assertThat(breach.getDuedate()).isEqualTo(date("2026-03-11T10:30:00-06:00"));

        at("2026-03-11T10:31:00-06:00");
        execute(breach);

        assertThat(slaClocks.status(n).breaches()).extracting(b -> b.clock(), b -> b.due(), b -> b.breachedAt())
                .containsExactly(tuple(ClockKind.INITIAL_RESPONSE, instant("2026-03-11T10:30:00-06:00"),
                        instant("2026-03-11T10:31:00-06:00")));
        assertThat(candidateGroups(workTask(n))).containsExactly("support-l2");
        SupportCase escalated = reload(n);
        assertThat(escalated.assignedGroup()).isEqualTo("support-l2");
        assertThat(escalated.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(escalated.history()).extracting(CaseHistoryEntry::reason)
                .contains("Escalated from support-l1 to support-l2: the initial response target was missed (due 2026-03-11T10:30-06:00)",
                        "Escalated to level 1, notified Support duty lead: The initial response target was missed "
                                + "(due 2026-03-11T10:30-06:00)");
        assertThat(escalations.level(n)).isEqualTo(1);
        assertThat(sent(n, NotificationKind.ESCALATION_NOTICE)).extracting(NotificationView::recipient)
                .containsExactly("support-lead@casedesk.example");
        assertThat(meters.counter("casedesk.sla.breaches", "clock", "INITIAL_RESPONSE", "priority", "P2").count())
                .isGreaterThanOrEqualTo(1);
        assertThat(meters.counter("casedesk.sla.warnings", "clock", "INITIAL_RESPONSE", "priority", "P2").count())
                .isGreaterThanOrEqualTo(1);
        assertThat(timer(n, ClockKind.INITIAL_RESPONSE)).as("a breached clock waits for nothing more").isEmpty();
    }

    @Test
    void aBreachIsRecordedEvenWhenTheWarningNeverRan() {
        String n = open("Conference bridge full");
        triage(n, "P2", "support-l2");
        Job warning = nextTimer(n, ClockKind.INITIAL_RESPONSE);
        assertThat(warning.getDuedate()).isEqualTo(date("2026-03-11T10:22:30-06:00"));

        at("2026-03-11T11:00:00-06:00"); // the job executor was down past the due time too
        execute(warning);

        assertThat(slaClocks.status(n).breaches()).extracting(b -> b.clock()).containsExactly(ClockKind.INITIAL_RESPONSE);
        assertThat(sent(n, NotificationKind.SLA_WARNING)).isEmpty();
        assertThat(timer(n, ClockKind.INITIAL_RESPONSE)).isEmpty();
    }

    @Test
    void aWarnedClockThatPausesAndResumesIsNotWarnedTwiceAndStopsWhenAnswered() {
        String n = open("Queue callbacks fail");
        triage(n, "P2", "support-l2");
        at("2026-03-11T10:23:00-06:00");
        execute(nextTimer(n, ClockKind.INITIAL_RESPONSE));
        agents.work(n, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-11T14:00:00-06:00"));
        at("2026-03-11T14:00:00-06:00");
        execute(caseTimer(n));

        assertThat(slaClocks.status(n).initialResponseDue()).isEqualTo(instant("2026-03-11T14:07:00-06:00"));
        assertThat(nextTimer(n, ClockKind.INITIAL_RESPONSE).getDuedate()).as("warned already: the due time")
                .isEqualTo(date("2026-03-11T14:07:00-06:00"));

        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Fixed the callback number."));

        assertThat(timer(n, ClockKind.INITIAL_RESPONSE)).as("answered: the clock stopped").isEmpty();
        assertThat(sent(n, NotificationKind.SLA_WARNING)).hasSize(1);
        assertThat(slaClocks.status(n).breaches()).isEmpty();
    }

    @Test
    void closingWhileWaitingForTheCustomerStopsThePausedClocks() {
        String n = open("Softphone crashes");
        triage(n, "P2", "support-l2");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Collecting logs."));
        agents.work(n, Map.of("workAction", "ASK_CUSTOMER", "question", "Which version?"));

        at("2026-03-16T10:00:00-06:00");
        execute(caseTimer(n));

        assertThat(reload(n).status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
        assertThat(timer(n, ClockKind.UPDATE)).isEmpty();
        assertThat(slaClocks.status(n).nextUpdateDue()).isNull();
        assertThat(slaClocks.status(n).breaches()).isEmpty();
    }

    @Test
    void answeringInTimeStopsTheInitialResponseClockBeforeAnyWarning() {
        String n = open("Voicemail greeting lost");
        triage(n, "P2", "support-l2");

        at("2026-03-11T10:12:00-06:00");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "We are on it."));

        SlaStatus status = slaClocks.status(n);
        assertThat(status.initialResponseDue()).isNull();
        assertThat(status.nextUpdateDue()).isEqualTo(instant("2026-03-11T12:12:00-06:00"));
        assertThat(timer(n, ClockKind.INITIAL_RESPONSE)).isEmpty();
        assertThat(sent(n, NotificationKind.SLA_WARNING)).isEmpty();
    }

    @Test
    void agentEscalatesThroughTheTiersAndTheLastTierKeepsTheCase() {
        String n = open("Auto attendant loops");
        triage(n, "P3", "support-l1");

        agents.complete(n, "l1", "support-l1", Map.of("workAction", "ESCALATE", "escalationReason", "Needs a trace"));
        assertThat(candidateGroups(workTask(n))).containsExactly("support-l2");
        agents.complete(n, "l2", "support-l2", Map.of("workAction", "ESCALATE", "escalationReason", "Platform bug"));
        assertThat(candidateGroups(workTask(n))).containsExactly("support-l3");
        agents.complete(n, "l3", "support-l3", Map.of("workAction", "ESCALATE", "escalationReason", "Vendor"));

        assertThat(candidateGroups(workTask(n))).containsExactly("support-l3");
        SupportCase c = reload(n);
        assertThat(c.assignedGroup()).isEqualTo("support-l3");
        assertThat(c.history()).extracting(CaseHistoryEntry::actor, CaseHistoryEntry::reason).contains(
                tuple("l1", "Escalated from support-l1 to support-l2: Needs a trace"),
                tuple("l2", "Escalated from support-l2 to support-l3: Platform bug"),
                tuple("l3", "Escalation requested: Vendor; support-l3 keeps the case (no higher tier)"));
        assertThat(c.history()).allMatch(entry -> entry.to() != null);
    }

    // --- pauses -------------------------------------------------------------------------------------

    @Test
    void holdPausesTheClocksAndTheyResumeWithTheTimeThatWasLeft() {
        String n = open("Fax line dead");
        triage(n, "P2", "support-l2");
        at("2026-03-11T10:10:00-06:00");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Testing the line."));
        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-11T12:10:00-06:00"));

        at("2026-03-11T11:10:00-06:00");
        agents.work(n, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-12T11:10:00-06:00",
                "holdReason", "Carrier maintenance tonight"));

        assertThat(slaClocks.status(n).nextUpdateDue()).isNull();
        assertThat(timer(n, ClockKind.UPDATE)).isEmpty();

        at("2026-03-12T11:10:00-06:00");
        execute(caseTimer(n));

        assertThat(reload(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-12T12:10:00-06:00"));
        assertThat(nextTimer(n, ClockKind.UPDATE).getDuedate()).as("the warning: 75 % of two hours used")
                .isEqualTo(date("2026-03-12T11:40:00-06:00"));
        assertThat(workTask(n).getDueDate()).isEqualTo(date("2026-03-12T12:10:00-06:00"));
    }

    @Test
    void waitingForTheCustomerPausesTheClocksUntilTheReply() {
        String n = open("Music on hold missing");
        triage(n, "P2", "support-l2");
        at("2026-03-11T10:20:00-06:00");
        agents.work(n, Map.of("workAction", "ASK_CUSTOMER", "question", "Which queue?"));
        assertThat(slaClocks.status(n).nextUpdateDue()).isNull();

        at("2026-03-11T15:00:00-06:00");
        cases.comment(n, "The sales queue.", true, ALICE);

        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-11T17:00:00-06:00"));
        assertThat(workTask(n).getDueDate()).isEqualTo(date("2026-03-11T17:00:00-06:00"));
    }

    // --- updates and ETR --------------------------------------------------------------------------

    @Test
    void eachPublicUpdateRestartsTheUpdateClock() {
        String n = open("Presence not shown");
        triage(n, "P2", "support-l2");
        at("2026-03-11T10:10:00-06:00");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Looking into it."));
        assertThat(nextTimer(n, ClockKind.UPDATE).getDuedate()).isEqualTo(date("2026-03-11T11:40:00-06:00"));

        at("2026-03-11T11:00:00-06:00");
        cases.comment(n, "Found the cause; fixing it.", true, Caller.agent("l2", java.util.Set.of("support-l2")));

        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-11T13:00:00-06:00"));
        assertThat(nextTimer(n, ClockKind.UPDATE).getDuedate()).isEqualTo(date("2026-03-11T12:30:00-06:00"));
        assertThat(workTask(n).getDueDate()).isEqualTo(date("2026-03-11T13:00:00-06:00"));
    }

    @Test
    void anEtrReplacesScheduledUpdatesUntilItPasses() {
        String n = open("Trunk down at the warehouse");
        triage(n, "P2", "support-l2");
        at("2026-03-11T10:10:00-06:00");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "The carrier replaces the fibre.",
                "etr", "2026-03-12T09:00:00-06:00"));

        assertThat(reload(n).etr()).isEqualTo(instant("2026-03-12T09:00:00-06:00"));
        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-12T09:00:00-06:00"));

        at("2026-03-11T12:30:00-06:00");
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Crew on site."));

        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(instant("2026-03-12T09:00:00-06:00"));
        assertThat(nextTimer(n, ClockKind.UPDATE).getDuedate()).isAfter(date("2026-03-11T12:30:00-06:00"));

        at("2026-03-12T09:01:00-06:00");
        runClockTimers(n, ClockKind.UPDATE);

        assertThat(slaClocks.status(n).breaches()).extracting(b -> b.clock(), b -> b.due())
                .containsExactly(tuple(ClockKind.UPDATE, instant("2026-03-12T09:00:00-06:00")));
    }

    @Test
    void theCustomersUpdateMailStatesTheEtrInTheOrganizationsZoneAndLanguage() {
        String acme = open("Trunk down at the warehouse");
        triage(acme, "P2", "support-l2");
        agents.work(acme, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "The carrier replaces the fibre.",
                "etr", "2026-03-12T09:00:00-06:00"));
        String andes = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                "Troncal caída", "Sin llamadas entrantes", null, null), MARIA, null).supportCase().number();
        triage(andes, "P2", "support-l2");
        agents.work(andes, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "El operador cambia la fibra.",
                "etr", "2026-03-12T09:00:00-06:00"));

        assertThat(sent(acme, NotificationKind.CASE_UPDATED)).isNotEmpty().allSatisfy(mail -> assertThat(mail.text())
                .contains("Estimated time of resolution: Thursday, March 12, 2026").contains("9:00").contains("MDT"));
        assertThat(sent(andes, NotificationKind.CASE_UPDATED)).as("10:00 in Guayaquil").isNotEmpty()
                .allSatisfy(mail -> assertThat(mail.text()).contains("Hora estimada de resolución: jueves, 12 de marzo de 2026")
                        .contains("10:00").contains("ECT"));
    }

    @Test
    void closingTheCaseStopsEveryClock() {
        String n = open("Old handset");
        triage(n, "P2", "support-l2");
        agents.work(n, Map.of("workAction", "CLOSE", "closingNote", "Replaced."));

        SlaStatus status = slaClocks.status(n);
        assertThat(status.initialResponseDue()).isNull();
        assertThat(status.nextUpdateDue()).isNull();
        assertThat(timer(n, ClockKind.INITIAL_RESPONSE)).isEmpty();
        assertThat(timer(n, ClockKind.UPDATE)).isEmpty();
    }

    // --- customer escalation ----------------------------------------------------------------------

    @Test
    void customerRequestsRaiseOneLevelAtATimeAndRepeatsDoNotSkipLevels() {
        String n = open("Still no dial tone");
        triage(n, "P3", "support-l2");

        Escalations.Outcome first = escalations.request(n, "Nobody called back", ALICE);
        Escalations.Outcome repeat = escalations.request(n, "Still waiting!", ALICE);

        assertThat(first.level()).isEqualTo(1);
        assertThat(first.result()).isEqualTo(Escalations.Result.RAISED);
        assertThat(first.notified()).containsExactly("SUPPORT_DUTY_LEAD");
        assertThat(repeat.level()).isEqualTo(1);
        assertThat(repeat.result()).isEqualTo(Escalations.Result.ALREADY_RAISED);
        assertThat(reload(n).history()).extracting(CaseHistoryEntry::actor, CaseHistoryEntry::reason).contains(
                tuple("alice.morgan@acme.example",
                        "Escalated to level 1, notified Support duty lead: Escalation requested by alice.morgan@acme.example: Nobody called back"),
                tuple("alice.morgan@acme.example", "Escalation requested by alice.morgan@acme.example: Still waiting!; "
                        + "already escalated to level 1 within 60 minutes, the level stays"));

        at("2026-03-11T12:00:00-06:00");
        Escalations.Outcome second = escalations.request(n, "Two hours now", ALICE);
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.notified()).as("ACME's path: the English edition of the plan")
                .containsExactly("MICROSOFT_SUPPORT_MANAGER");
        assertThat(sent(n, NotificationKind.ESCALATION_NOTICE)).extracting(NotificationView::recipient).contains(
                "microsoft-support-manager@casedesk.example");

        at("2026-03-11T21:00:00-06:00");
        assertThat(escalations.request(n, "Evening", ALICE).notified()).containsExactly("VP_CUSTOMER_CARE");
        at("2026-03-11T23:00:00-06:00");
        assertThat(escalations.request(n, "Night", ALICE).notified()).containsExactly("CEO");
        at("2026-03-12T01:00:00-06:00");
        Escalations.Outcome top = escalations.request(n, "Still nothing", ALICE);
        assertThat(top.level()).isEqualTo(4);
        assertThat(top.result()).isEqualTo(Escalations.Result.TOP_OF_PATH);
        assertThat(top.notified()).containsExactly("CEO");
    }

    @Test
    void closedCasesAndOtherOrganizationsCannotBeEscalated() {
        String n = open("Closed soon");
        triage(n, "P3", "support-l2");

        assertThatThrownBy(() -> escalations.request(n, "Not mine", MARIA))
                .isInstanceOf(io.casedesk.common.NotFoundException.class);
        agents.work(n, Map.of("workAction", "CLOSE", "closingNote", "Done."));
        assertThatThrownBy(() -> escalations.request(n, "Why closed?", ALICE)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("reopen");
        assertThat(escalations.level(n)).isZero();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private String open(String subject) {
        NewCase request = new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS", subject,
                subject + " — details", null, null);
        return cases.open(request, ALICE, null).supportCase().number();
    }

    private void triage(String n, String priority, String group) {
        agents.complete(n, "l1", "support-l1", Map.of("priority", priority, "caseType", "SERVICE_REQUEST",
                "productLine", "MICROSOFT_TEAMS", "assignedGroup", group, "markAsDuplicate", false));
    }

    private Task workTask(String n) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(n)
                .taskDefinitionKey(SupportCaseProcess.TASK_WORK).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The timer the case's clock of this kind waits on: its warning, then its due time. */
    private Optional<Job> timer(String n, ClockKind clock) {
        return slaClocks.timer(n, clock);
    }

    private Job nextTimer(String n, ClockKind clock) {
        return timer(n, clock).orElseThrow(() -> new AssertionError("the " + clock + " clock has no timer"));
    }

    /** Fires the clock's timers that are due by now, as the job executor would. */
    private void runClockTimers(String n, ClockKind clock) {
        Date now = ClockUtil.getCurrentTime();
        for (Job job = timer(n, clock).orElse(null); job != null && !job.getDuedate().after(now);
                job = timer(n, clock).orElse(null)) {
            execute(job);
        }
    }

    private Job caseTimer(String n) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SupportCaseProcess.PROCESS_ID).processInstanceBusinessKey(n).singleResult();
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    private List<NotificationView> sent(String n, NotificationKind kind) {
        return notifications.forCase(n).stream().filter(view -> view.kind() == kind).toList();
    }

    private SupportCase reload(String n) {
        return transactions.execute(status -> {
            SupportCase loaded = CaseNumber.parse(n).flatMap(repository::findById).orElseThrow();
            loaded.history().size();
            return loaded;
        });
    }
}
