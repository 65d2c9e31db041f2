package io.casedesk.incident;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.later;
import static io.casedesk.support.EngineTime.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.escalation.Escalations;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.SupportCase;
import io.casedesk.supportcase.SupportCaseProcess;

/**
 * Walks every path of {@code IncidentProcess} as it runs inside a case: the seven steps with a remote
 * fix, field visits for each site class, replacement hardware, missing report facts, instability,
 * and the escalation of each step that overruns its target. Timers fire with {@code execute(job())}.
 */
@ProcessTest
class IncidentProcessTest {

    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");
    static final Caller STAFF = Caller.agent("manager", Set.of("support-managers"));
    static final Map<String, Object> REPORT = Map.of("extension", "2104", "direction", "INBOUND",
            "counterpartNumber", "+1 303 555 0147", "occurredAt", "2026-03-11T09:40:00-06:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    Incidents incidents;
    @Autowired
    FieldVisits fieldVisits;
    @Autowired
    Escalations escalations;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;

    private final Map<String, ProcessInstance> instances = new HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at("2026-03-11T10:00:00-06:00"); // a Wednesday in Denver
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    // --- the seven steps -------------------------------------------------------------------------

    @Test
    void remoteFixWalksTheSevenStepsTimesEachAndClosesTheCase() {
        String n = incident(ALICE, REPORT);
        assertThat(incidentProcess(n)).isWaitingAt("Task_RegisterIncident").hasPassed("Task_AcknowledgeReception");
        assertThat(caseProcess(n)).isWaitingAt("CallActivity_IncidentFlow");

        later(3);
        register(n);
        later(15);
        diagnose(n, "REMOTE");
        later(30);
        executePlan(n);
        later(5);
        verify(n, "2026-03-11T10:50:00-06:00");
        later(120);
        stability(n, true);
        later(20);
        close(n);

        assertThat(incidentProcess(n)).isEnded().hasPassed("Task_CloseIncidentCase", "EndEvent_IncidentClosed");
        assertThat(caseProcess(n)).isWaitingAt("Gateway_AwaitReopen");
        SupportCase closed = cases.get(n, STAFF);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        IncidentView view = incidents.view(n, ALICE);
        assertThat(view.steps()).extracting(IncidentView.Step::step).containsExactly("RECEPTION", "REGISTRATION",
                "DIAGNOSIS", "EXECUTION", "VERIFICATION", "STABILITY", "CLOSURE");
        assertThat(view.steps()).extracting(IncidentView.Step::durationSeconds)
                .containsExactly(0L, 180L, 900L, 1800L, 300L, 7200L, 1200L);
        assertThat(view.steps()).allSatisfy(step -> assertThat(step.overrunAt()).isNull());
        assertThat(view.outageMinutes()).as("09:40 to 10:50").isEqualTo(70);
        assertThat(view.confirmedBy()).isEqualTo("Dana Ruiz");
        assertThat(view.remedy()).isEqualTo("REMOTE");
        assertThat(closed.details()).containsEntry("symptoms", "No audio on inbound calls")
                .containsEntry("extension", "2104");
        assertThat(escalations.level(n)).isZero();
    }

    @Test
    void everyNotifiedStepReachesTheCustomerOnceInTheOrganizationsLanguage() {
        String n = incident(MARIA, REPORT);
        register(n);
        diagnose(n, "REMOTE");
        executePlan(n);
        verify(n, "2026-03-11T10:00:00-06:00");
        stability(n, true);
        close(n);

        List<NotificationView> steps = notifications.forCase(n).stream()
                .filter(mail -> mail.kind() == NotificationKind.INCIDENT_STEP
                        && mail.recipient().equals(MARIA.login()))
                .toList();
        assertThat(steps).extracting(NotificationView::subject).containsExactly(
                "[" + n + "] Incidente registrado: Sin audio",
                "[" + n + "] Diagnóstico: Sin audio",
                "[" + n + "] Plan de acción ejecutado: Sin audio",
                "[" + n + "] Resolución verificada: Sin audio",
                "[" + n + "] Seguimiento de estabilidad: Sin audio",
                "[" + n + "] Caso cerrado: Sin audio");
        assertThat(steps).allSatisfy(mail -> assertThat(mail.locale()).startsWith("es"));
        assertThat(steps.get(0).text()).contains("Síntomas: No audio on inbound calls", "Tráfico: entrante");
        assertThat(steps.get(5).text()).contains("Tiempo total de afectación");
        assertThat(notifications.forCase(n)).extracting(NotificationView::kind)
                .doesNotContain(NotificationKind.CASE_CLOSED);
    }

    @Test
    void anUnstableServiceIsDiagnosedAgain() {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "REMOTE");
        executePlan(n);
        verify(n, "2026-03-11T10:00:00-06:00");

        stability(n, false);

        assertThat(incidentProcess(n)).isWaitingAt("Task_DiagnoseIncident");
        assertThat(cases.get(n, STAFF).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void verificationRefusesARestorationInTheFuture() {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "REMOTE");
        executePlan(n);

        assertThatThrownBy(() -> work(n, "Task_VerifyResolution", Map.of("failure", "x", "planExecuted", "y",
                "solvedAt", "2026-03-11T12:00:00-06:00", "confirmedBy", "Dana Ruiz")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");
        assertThat(incidentProcess(n)).isWaitingAt("Task_VerifyResolution");
    }

    @Test
    void anUnreadableTimeOfOccurrenceIsCorrectedAtRegistration() {
        Map<String, Object> report = new HashMap<>(REPORT);
        report.put("occurredAt", "this morning");
        String n = incident(ALICE, report);
        assertThat(incidentProcess(n)).isWaitingAt("Task_RegisterIncident");

        Map<String, Object> form = new HashMap<>(report);
        form.put("symptoms", "No audio on inbound calls");
        form.put("incidentContact", "Dana Ruiz");
        assertThatThrownBy(() -> work(n, "Task_RegisterIncident", form))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("'this morning'");

        form.put("occurredAt", "2026-03-11T09:40:00");
        work(n, "Task_RegisterIncident", form);
        assertThat(incidents.view(n, STAFF).outageStartedAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-11T09:40:00-06:00").toInstant());
    }

    @ParameterizedTest
    @CsvSource({
            "INCIDENT, NETWORK,         OTHER,         P3, network-engineering",
            "INCIDENT, MICROSOFT_TEAMS, NETWORK_FAULT, P4, network-engineering",
            "INCIDENT, MICROSOFT_TEAMS, CONFIGURATION, P2, support-l2",
            "INCIDENT, MICROSOFT_TEAMS, CONFIGURATION, P4, support-l1" })
    void triageWithoutAGroupIsRoutedByCaseRouting(String type, String productLine, String category, String priority,
            String group) {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.valueOf(type), productLine, "Routing",
                "Where does it go?", null, REPORT), ALICE, null).supportCase().number();

        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", priority, "caseType", type,
                "productLine", productLine, "category", category, "markAsDuplicate", false));

        assertThat(cases.get(n, STAFF).assignedGroup()).isEqualTo(group);
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly(group);
    }

    // --- field dispatch --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "MAIN_CITY,         ,                          2026-03-11T11:30:00-06:00, 2026-03-11T13:00:00-06:00",
            "INTERMEDIATE_CITY, ,                          2026-03-11T10:00:00-06:00, 2026-03-11T16:00:00-06:00",
            "REMOTE_AREA,       2026-03-12T09:00:00-06:00, 2026-03-12T09:00:00-06:00, 2026-03-12T09:00:00-06:00" })
    void fieldVisitTravelWindowComesFromTheSiteClass(String siteClass, String agreedEta, String from, String due) {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "FIELD_VISIT");
        assertThat(incidentProcess(n)).isWaitingAt("Task_DispatchTechnician");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("field-dispatch");

        dispatch(n, siteClass, agreedEta);

        Task onSite = task(n);
        assertThat(onSite.getTaskDefinitionKey()).isEqualTo("Task_ReportOnSite");
        assertThat(onSite.getAssignee()).isEqualTo("tech");
        assertThat(onSite.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse(due).toInstant()));
        IncidentView.Dispatch visit = incidents.view(n, ALICE).dispatch();
        assertThat(visit.arrivalFrom()).isEqualTo(OffsetDateTime.parse(from).toInstant());
        assertThat(visit.arrivalDue()).isEqualTo(OffsetDateTime.parse(due).toInstant());
        assertThat(visit.siteClass()).isEqualTo(siteClass);
        assertThat(stepMails(n)).anySatisfy(text -> assertThat(text).contains("Tomas Technician", "Main St 12"));
    }

    @Test
    void aRemoteAreaNeedsTheAgreedArrival() {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "FIELD_VISIT");

        assertThatThrownBy(() -> dispatch(n, "REMOTE_AREA", null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("agreed");
        assertThat(incidentProcess(n)).isWaitingAt("Task_DispatchTechnician");
    }

    @Test
    void theTechnicianReportsArrivalAndResultAndTheCustomerHearsOfBoth() {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "FIELD_VISIT");
        dispatch(n, "MAIN_CITY", null);
        later(100);

        assertThatThrownBy(() -> fieldVisits.onSite(n, null, Caller.agent("l2", Set.of("support-l2"))))
                .isInstanceOf(NotPermittedException.class);
        fieldVisits.onSite(n, "At the reception", Caller.agent("tech", Set.of("field-technicians")));
        later(60);
        IncidentView view = fieldVisits.workDone(n, "Replaced the patch cable of the SBC",
                Caller.agent("tech", Set.of("field-technicians")));

        assertThat(incidentProcess(n)).isWaitingAt("Task_VerifyResolution");
        assertThat(view.dispatch().onSiteAt()).isEqualTo(now().minus(Duration.ofMinutes(60)));
        assertThat(view.dispatch().workDoneAt()).isEqualTo(now());
        assertThat(view.steps()).extracting(IncidentView.Step::step).containsSubsequence("DISPATCH", "ARRIVAL",
                "FIELD_WORK");
        assertThat(stepMails(n)).anySatisfy(text -> assertThat(text).contains("arrived on site"))
                .anySatisfy(text -> assertThat(text).contains("Replaced the patch cable of the SBC"));
        assertThat(escalations.level(n)).isZero();
    }

    // --- overruns --------------------------------------------------------------------------------

    @Test
    void anOverrunGoesUpTheEscalationPathOfTheOrganizationsOwnPlan() {
        String acme = incident(ALICE, REPORT);
        String andes = incident(MARIA, REPORT);

        execute(job(incidentProcess(acme)));
        execute(job(incidentProcess(andes)));

        assertThat(escalationRecipients(acme)).as("ACME: CallTower, English edition")
                .containsExactly("support-lead@casedesk.example");
        assertThat(escalationRecipients(andes)).as("ANDES: Cirion, weekday office hours in Ecuador")
                .containsExactly("tsc-supervisors@casedesk.example");
    }

    private List<String> escalationRecipients(String caseNumber) {
        return notifications.forCase(caseNumber).stream().filter(mail -> mail.kind() == NotificationKind.ESCALATION_NOTICE)
                .map(NotificationView::recipient).toList();
    }

    @Test
    void receptionEndsWithTheAcknowledgementSoALateTriageDoesNotEscalateIt() {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Sin audio",
                "No audio on inbound calls at the main office", null, REPORT), MARIA, null).supportCase().number();
        assertThat(notifications.forCase(n)).as("acknowledged when received")
                .anySatisfy(mail -> assertThat(mail.kind()).isEqualTo(NotificationKind.CASE_OPENED));

        later(25);
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P2", "caseType", "INCIDENT",
                "productLine", "SIP_TRUNKING", "category", "CONFIGURATION", "assignedGroup", "support-l2",
                "markAsDuplicate", false));

        assertThat(incidentProcess(n)).hasPassed("Task_AcknowledgeReception").isWaitingAt("Task_RegisterIncident");
        assertThat(incidents.view(n, STAFF).steps()).filteredOn(step -> step.step().equals("RECEPTION")).singleElement()
                .satisfies(step -> {
                    assertThat(step.durationSeconds()).isZero();
                    assertThat(step.overrunAt()).isNull();
                });
        assertThat(escalations.level(n)).isZero();
        assertThat(notifications.forCase(n)).noneSatisfy(mail -> assertThat(mail.kind())
                .isEqualTo(NotificationKind.ESCALATION_NOTICE));
    }

    @ParameterizedTest
    @EnumSource(value = IncidentStep.class, names = { "REGISTRATION", "DIAGNOSIS", "ARRIVAL", "FIELD_WORK",
            "VERIFICATION", "STABILITY", "CLOSURE" })
    void aStepThatOverrunsItsTargetEscalatesAndTheWorkGoesOn(IncidentStep step) {
        String n = incident(MARIA, REPORT);
        walkTo(n, step);
        Task open = task(n);
        assertThat(open.getTaskDefinitionKey()).isEqualTo(step.taskId());

        execute(job(incidentProcess(n)));

        assertThat(incidentProcess(n)).hasPassed("Task_Escalate" + camel(step) + "Overrun").isWaitingAt(step.taskId());
        assertThat(task(n).getId()).as("the step's task stays open").isEqualTo(open.getId());
        assertThat(escalations.level(n)).isEqualTo(1);
        assertThat(incidents.view(n, STAFF).steps()).filteredOn(s -> s.step().equals(step.name()))
                .singleElement().satisfies(s -> assertThat(s.overrunAt()).isNotNull());
        assertThat(history(n)).anySatisfy(line -> assertThat(line).startsWith("Escalated to level 1")
                .contains("Step " + step.number() + " (" + step.label() + ") ran past"));
        assertThat(notifications.forCase(n)).filteredOn(mail -> mail.kind() == NotificationKind.ESCALATION_NOTICE)
                .isNotEmpty();
    }

    @Test
    void stepTasksAreDueAtTheirTarget() {
        String n = incident(ALICE, REPORT);
        assertThat(task(n).getDueDate()).isEqualTo(Date.from(now().plus(Duration.ofMinutes(4))));
        register(n);
        assertThat(task(n).getDueDate()).isEqualTo(Date.from(now().plus(Duration.ofMinutes(20))));
    }

    // --- missing report facts --------------------------------------------------------------------

    @Test
    void missingFactsAreRequestedByMailAndReviewStartsWhenTheyAreComplete() {
        String n = incident(ALICE, Map.of("extension", "2104"));

        assertThat(incidentProcess(n)).isWaitingAt("Gateway_AwaitIncidentFacts");
        assertThat(notifications.forCase(n)).filteredOn(mail -> mail.kind() == NotificationKind.INFORMATION_MISSING)
                .extracting(NotificationView::recipient).contains(ALICE.login());

        cases.comment(n, "Inbound calls from +1 303 555 0147, since 09:40 this morning", true, ALICE);
        assertThat(incidentProcess(n)).isWaitingAt("Task_CompleteIncidentFacts");
        assertThat(engine.getTaskService().getVariable(task(n).getId(), "missingFacts"))
                .as("named as the label table names them").isEqualTo("Traffic, Counterpart number, When it happened");
        work(n, "Task_CompleteIncidentFacts", Map.of("direction", "INBOUND", "counterpartNumber", "+1 303 555 0147"));
        assertThat(incidentProcess(n)).as("still no time of occurrence")
                .isWaitingAt("Gateway_AwaitIncidentFacts");

        cases.comment(n, "It started at 09:40", true, ALICE);
        work(n, "Task_CompleteIncidentFacts", Map.of("occurredAt", "2026-03-11T09:40:00"));

        assertThat(incidentProcess(n)).isWaitingAt("Task_RegisterIncident");
        assertThat(cases.get(n, STAFF).details()).containsEntry("direction", "INBOUND")
                .containsEntry("occurredAt", "2026-03-11T09:40:00");
        assertThat(engine.getTaskService().getVariable(task(n).getId(), "counterpartNumber")).isEqualTo("+1 303 555 0147");
        assertThat(engine.getTaskService().getVariable(task(n).getId(), "occurredAt"))
                .as("local, in the customer's zone, as the form's date field reads it").isEqualTo("2026-03-11T09:40");
    }

    @Test
    void withoutTheMissingFactsTheCaseClosesAsNoResponse() {
        String n = incident(ALICE, Map.of());

        at("2026-03-13T10:00:01-06:00"); // two business days later
        execute(job("TimerEvent_IncidentFactsNoResponse", incidentProcess(n)));

        assertThat(incidentProcess(n)).isEnded().hasPassed("EndEvent_IncidentClosedNoResponse");
        assertThat(caseProcess(n)).isEnded().hasPassed("EndEvent_IncidentClosedNoResponse");
        assertThat(cases.get(n, STAFF).status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
    }

    // --- replacement hardware --------------------------------------------------------------------

    @Test
    void aReplacementUnitShipsAndItsDeliveryReturnsTheCaseToWork() {
        String n = incident(ALICE, REPORT);
        register(n);
        diagnose(n, "REPLACE_HARDWARE");

        work(n, "Task_ShipReplacement", Map.of("carrier", "DHL", "trackingReference", "JD0146000012"));
        SupportCase shipping = cases.get(n, STAFF);
        assertThat(shipping.status()).isEqualTo(CaseStatus.SHIPPING);
        assertThat(shipping.trackingReference()).isEqualTo("JD0146000012");
        assertThat(incidentProcess(n)).isWaitingAt("Task_ConfirmReplacementDelivery");

        work(n, "Task_ConfirmReplacementDelivery", Map.of("delivered", true, "deliveryNote", "Signed by Dana"));

        assertThat(incidentProcess(n)).isWaitingAt("Task_ExecutePlan");
        assertThat(cases.get(n, STAFF).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Opens an incident with the given report facts and triages it to level 2; returns the case number. */
    private String incident(Caller contact, Map<String, Object> facts) {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Sin audio",
                "No audio on inbound calls at the main office", null, facts), contact, null).supportCase().number();
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P2", "caseType", "INCIDENT",
                "productLine", "SIP_TRUNKING", "category", "CONFIGURATION", "assignedGroup", "support-l2",
                "markAsDuplicate", false));
        caseProcess(n);
        incidentProcess(n);
        return n;
    }

    /** Takes the incident to the task of {@code step}, without letting any step overrun. */
    private void walkTo(String n, IncidentStep step) {
        if (step == IncidentStep.REGISTRATION) {
            return;
        }
        register(n);
        switch (step) {
            case DIAGNOSIS -> { }
            case ARRIVAL, FIELD_WORK -> {
                diagnose(n, "FIELD_VISIT");
                dispatch(n, "MAIN_CITY", null);
                if (step == IncidentStep.FIELD_WORK) {
                    fieldVisits.onSite(n, null, Caller.agent("tech", Set.of("field-technicians")));
                }
            }
            default -> {
                diagnose(n, "REMOTE");
                executePlan(n);
                if (step != IncidentStep.VERIFICATION) {
                    verify(n, "2026-03-11T10:00:00-06:00");
                }
                if (step == IncidentStep.CLOSURE) {
                    stability(n, true);
                }
            }
        }
    }

    private void register(String n) {
        Map<String, Object> form = new HashMap<>(REPORT);
        form.put("symptoms", "No audio on inbound calls");
        form.put("incidentContact", "Dana Ruiz, +1 303 555 0100");
        work(n, "Task_RegisterIncident", form);
    }

    private void diagnose(String n, String remedy) {
        work(n, "Task_DiagnoseIncident", Map.of("cause", "Codec mismatch on the SBC", "actionPlan",
                "Align the codec list", "remedy", remedy));
    }

    private void executePlan(String n) {
        work(n, "Task_ExecutePlan", Map.of("actionsTaken", "Codec list aligned on the SBC"));
    }

    private void verify(String n, String solvedAt) {
        work(n, "Task_VerifyResolution", Map.of("failure", "No inbound audio", "planExecuted", "Codec list aligned",
                "solvedAt", solvedAt, "confirmedBy", "Dana Ruiz"));
    }

    private void stability(String n, boolean stable) {
        work(n, "Task_FollowUpStability", Map.of("stable", stable, "stabilityEvidence", "40 inbound calls with audio"));
    }

    private void close(String n) {
        work(n, "Task_CloseIncident", Map.of("failure", "No inbound audio", "solution", "Codec list aligned on the SBC"));
    }

    private void dispatch(String n, String siteClass, String agreedEta) {
        Map<String, Object> form = new HashMap<>(Map.of("technician", "tech", "siteName", "Main office",
                "siteAddress", "Main St 12", "siteClass", siteClass));
        if (agreedEta != null) {
            form.put("agreedEta", agreedEta);
        }
        new AgentActions(engine).complete(n, "dispatch", "field-dispatch", form);
    }

    private void work(String n, String taskKey, Map<String, Object> form) {
        assertThat(task(n).getTaskDefinitionKey()).isEqualTo(taskKey);
        new AgentActions(engine).complete(n, "l2", "support-l2", form);
    }

    private Task task(String n) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(n).singleResult();
    }

    private ProcessInstance incidentProcess(String n) {
        return instance(n, "IncidentProcess");
    }

    private ProcessInstance caseProcess(String n) {
        return instance(n, SupportCaseProcess.PROCESS_ID);
    }

    /** The case's instance of {@code key}, remembered while it runs so that it can be asserted once ended. */
    private ProcessInstance instance(String n, String key) {
        return instances.computeIfAbsent(n + "/" + key, k -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(n).processDefinitionKey(key).singleResult());
    }

    private List<String> stepMails(String n) {
        return notifications.forCase(n).stream().filter(mail -> mail.kind() == NotificationKind.INCIDENT_STEP)
                .map(NotificationView::text).toList();
    }

    private List<String> history(String n) {
        return transactions.execute(status -> cases.get(n, STAFF).history().stream().map(h -> h.reason()).toList());
    }

    private static String camel(IncidentStep step) {
        StringBuilder name = new StringBuilder();
        for (String part : step.name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        return name.toString();
    }
}
