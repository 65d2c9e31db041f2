package io.casedesk.mastercase;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.instant;
import static io.casedesk.support.EngineTime.later;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.ConflictException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.escalation.Escalations;
import io.casedesk.incident.Incidents;
import io.casedesk.macd.Approval;
import io.casedesk.macd.MacdApprovals;
import io.casedesk.macd.MacdRequestProcess;
import io.casedesk.macd.MacdRequests;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaClocks;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.SupportCaseProcess;

/**
 * Walks {@code MasterCaseProcess}: a master case over cases of two organizations (one in the incident flow,
 * one in the work loop), its hourly update clock with warning, breach and escalation, and the resolution
 * that resolves every linked case and tells each organization.
 */
@ProcessTest
class MasterCaseProcessTest {

    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    /** A contact of ACME who is not an MPOC: their MACD requests wait for an MPOC's approval. */
    static final Caller BOB = Caller.contact("bob.chen@acme.example", "ACME");
    static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");
    static final Caller MANAGER = Caller.agent("manager", Set.of("support-managers"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    MasterCases masterCases;
    @Autowired
    CaseManagement cases;
    @Autowired
    Notifications notifications;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    Escalations escalations;
    @Autowired
    Incidents incidents;
    @Autowired
    MacdRequests macdRequests;
    @Autowired
    MacdApprovals approvals;

    private final Map<String, ProcessInstance> instances = new HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at("2026-03-11T10:00:00-06:00");
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void masterCaseLinksCasesOfTwoOrganizationsAndResolvesThemTogether() {
        String acme = incidentOfAcme();
        String andes = requestOfAndes();

        MasterCaseView master = masterCases.declare(new MasterCases.NewMasterCase("Calls fail on the SIP trunks",
                "Outbound calls fail with 503 on the SIP trunking platform", "SIP_TRUNKING", List.of(acme, andes)), MANAGER);
        String n = master.number();

        assertThat(process(n, MasterCaseProcess.PROCESS_ID)).isWaitingAt("Task_PostUpdate");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("support-managers");
        assertThat(master.affectedOrganizations()).isEqualTo(2);
        assertThat(cases.get(acme, MANAGER).masterCase()).isEqualTo(n);
        assertThat(masterMails(n)).extracting(NotificationView::recipient).as("master-case contacts, not TICO")
                .containsExactlyInAnyOrder("noc@acme.example", "soporte@andes.example");
        assertThat(masterMails(n)).filteredOn(m -> m.recipient().equals("soporte@andes.example")).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Incidencia de servicio " + n));

        later(20);
        postUpdate(n, "UPDATE", "The carrier is rerouting traffic; next update within the hour.");
        assertThat(masterCases.view(n).updates()).extracting(MasterCaseView.Update::text)
                .containsExactly("The carrier is rerouting traffic; next update within the hour.");
        assertThat(masterMails(n)).filteredOn(m -> m.recipient().equals("noc@acme.example")).extracting(NotificationView::subject)
                .containsExactly("Service issue " + n + ": Calls fail on the SIP trunks",
                        "Update " + n + ": Calls fail on the SIP trunks");

        later(30);
        postUpdate(n, "RESOLVE", "The carrier fixed its routing; calls complete again.");

        assertThat(process(n, MasterCaseProcess.PROCESS_ID)).isEnded().hasPassed("EndEvent_MasterCaseResolved");
        assertThat(cases.get(n, MANAGER).status()).isEqualTo(CaseStatus.CLOSED);
        for (String linked : List.of(acme, andes)) {
            assertThat(cases.get(linked, MANAGER).status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
            assertThat(process(linked, SupportCaseProcess.PROCESS_ID)).isWaitingAt("Gateway_AwaitConfirmation");
            assertThat(notifications.forCase(linked)).as("reporter and MPOCs of each organization")
                    .filteredOn(m -> m.kind() == NotificationKind.CASE_RESOLVED).hasSize(2)
                    .allSatisfy(m -> assertThat(m.text()).contains("The carrier fixed its routing; calls complete again."));
        }
        assertThat(process(acme, "IncidentProcess")).as("the incident flow gave way to the master").isEnded();
        assertThat(process(acme, SupportCaseProcess.PROCESS_ID)).hasPassed("Task_StopIncidentFlow");
        assertThat(incidents.view(acme, MANAGER).closedAt()).as("the incident flow ended with the master").isNotNull();
        assertThat(incidents.view(acme, MANAGER).steps()).as("no step is left open")
                .allSatisfy(step -> assertThat(step.completedAt()).isNotNull());
        assertThat(masterMails(n)).filteredOn(m -> m.subject().startsWith("Resolved") || m.subject().startsWith("Resuelta"))
                .hasSize(2);

        cases.answerResolution(acme, true, "Works again", ALICE);
        assertThat(cases.get(acme, MANAGER).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(process(acme, SupportCaseProcess.PROCESS_ID)).isWaitingAt("Gateway_AwaitReopen");
    }

    /**
     * Whatever a linked case was doing ends with the master's resolution: triage, a question to the customer,
     * a hold, and a MACD request waiting for an MPOC's approval, whose links stop working. Each case then waits
     * for its customer's confirmation, and a reply that it is not fixed puts it back in its group's queue.
     */
    @Test
    void theMasterResolutionEndsEveryStepALinkedCaseWasIn() {
        AgentActions agents = new AgentActions(engine);
        String untriaged = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, "SIP_TRUNKING",
                "No dial tone", "No dial tone on the trunk", null, null), ALICE, null).supportCase().number();
        String asked = requestOfAndes();
        agents.work(asked, Map.of("workAction", "ASK_CUSTOMER", "question", "Which site is affected?"));
        String onHold = requestOfAndes();
        agents.work(onHold, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-20T10:00:00-06:00",
                "holdReason", "Waiting for the carrier"));
        String macd = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.MACD, "CLOUD_PBX", "New user",
                "Please set up the new user", null, Map.of("task", "NEW_ACTIVATION", "accountId", "ACME-0042",
                        "userName", "Dana Ruiz", "extension", "2107", "directNumber", "yes", "extensionType", "SIP",
                        "ringGroup", "Front desk")), BOB, null).supportCase().number();
        assertThat(process(macd, MacdRequestProcess.PROCESS_ID)).isWaitingAt("Task_AwaitMpocDecision");
        List<String> linked = List.of(untriaged, asked, onHold, macd);

        String n = masterCases.declare(new MasterCases.NewMasterCase("Calls fail on the SIP trunks",
                "Outbound calls fail with 503", "SIP_TRUNKING", linked), MANAGER).number();
        later(30);
        postUpdate(n, "RESOLVE", "The carrier fixed its routing; calls complete again.");

        for (String c : linked) {
            assertThat(cases.get(c, MANAGER).status()).as(c).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
            assertThat(process(c, SupportCaseProcess.PROCESS_ID)).as(c).isWaitingAt("Gateway_AwaitConfirmation");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(c).count()).as(c).isZero();
        }
        assertThat(process(macd, MacdRequestProcess.PROCESS_ID)).isEnded();
        assertThat(macdRequests.view(macd, MANAGER).approval()).isEqualTo(Approval.WITHDRAWN);
        assertThatThrownBy(() -> approvals.decideAsContact(macd, ALICE, true, null))
                .as("no MPOC decides a withdrawn request").isInstanceOf(ConflictException.class);

        cases.comment(macd, "The new user still cannot sign in.", true, BOB);
        assertThat(cases.get(macd, MANAGER).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(agents.candidateGroups(task(macd))).as("back with the group that worked it").containsExactly("provisioning");
        cases.comment(untriaged, "Still no dial tone.", true, ALICE);
        assertThat(agents.candidateGroups(task(untriaged))).as("an untriaged case goes to the first tier")
                .containsExactly("support-l1");
    }

    @Test
    void theHourlyUpdateClockWarnsBreachesAndEscalates() {
        String n = masterCases.declare(new MasterCases.NewMasterCase("Teams calls drop", "Calls drop after 30 s",
                "MICROSOFT_TEAMS", List.of()), MANAGER).number();
        assertThat(slaClocks.status(n).initialResponseDue()).isEqualTo(instant("2026-03-11T10:15:00-06:00"));

        later(10);
        postUpdate(n, "UPDATE", "Investigating with Microsoft.");
        Instant nextUpdate = instant("2026-03-11T11:10:00-06:00");
        assertThat(slaClocks.status(n).nextUpdateDue()).isEqualTo(nextUpdate);
        assertThat(task(n).getDueDate()).isEqualTo(Date.from(nextUpdate));

        at("2026-03-11T10:55:00-06:00");
        execute(updateTimer(n));
        assertThat(notifications.forCase(n)).extracting(NotificationView::kind).contains(NotificationKind.SLA_WARNING)
                .doesNotContain(NotificationKind.ESCALATION_NOTICE);
        assertThat(updateTimer(n)).as("the breach is not due yet").isNull();

        at("2026-03-11T11:10:00-06:00");
        execute(updateTimer(n));

        assertThat(notifications.forCase(n)).extracting(NotificationView::kind).contains(NotificationKind.ESCALATION_NOTICE);
        assertThat(escalations.level(n)).isEqualTo(1);
        assertThat(slaClocks.status(n).breaches()).isNotEmpty();
    }

    @Test
    void onlySupportManagersDeclareAndLink() {
        var request = new MasterCases.NewMasterCase("Outage", "Everything is down", "NETWORK", List.of());
        assertThatThrownBy(() -> masterCases.declare(request, Caller.agent("l2", Set.of("support-l2"))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> masterCases.declare(request, ALICE)).isInstanceOf(NotPermittedException.class);
        String master = masterCases.declare(request, MANAGER).number();
        String andes = requestOfAndes();
        assertThatThrownBy(() -> masterCases.link(andes, master, Caller.agent("l1", Set.of("support-l1"))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(masterCases.link(andes, master, MANAGER).affectedOrganizations()).isEqualTo(1);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private String incidentOfAcme() {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Calls fail",
                "Outbound calls fail", null, Map.of("extension", "2104", "direction", "OUTBOUND", "counterpartNumber",
                        "+1 303 555 0147", "occurredAt", "2026-03-11T09:40:00-06:00")), ALICE, null).supportCase().number();
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P1", "caseType", "INCIDENT",
                "productLine", "SIP_TRUNKING", "category", "NETWORK_FAULT", "assignedGroup", "support-l2",
                "markAsDuplicate", false));
        process(n, SupportCaseProcess.PROCESS_ID);
        process(n, "IncidentProcess");
        return n;
    }

    private String requestOfAndes() {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, "SIP_TRUNKING",
                "Llamadas fallan", "Las llamadas salientes fallan", null, null), MARIA, null).supportCase().number();
        new AgentActions(engine).triage(n);
        process(n, SupportCaseProcess.PROCESS_ID);
        return n;
    }

    private void postUpdate(String n, String action, String message) {
        new AgentActions(engine).complete(n, "manager", "support-managers", Map.of("masterAction", action,
                "message", message));
    }

    private List<NotificationView> masterMails(String n) {
        return notifications.forEvents("master-" + n + "-").stream()
                .filter(m -> m.kind() == NotificationKind.MASTER_CASE_UPDATE).toList();
    }

    /** The update clock's timer, when it is due by now. */
    private Job updateTimer(String n) {
        return slaClocks.timer(n, ClockKind.UPDATE)
                .filter(job -> !job.getDuedate().after(ClockUtil.getCurrentTime())).orElse(null);
    }

    private Task task(String n) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(n).singleResult();
    }

    private ProcessInstance process(String n, String key) {
        return instances.computeIfAbsent(n + "/" + key, k -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(n).processDefinitionKey(key).singleResult());
    }
}
