package io.casedesk.macd;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.instant;
import static io.casedesk.support.EngineTime.later;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.math.BigDecimal;
import java.time.YearMonth;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.SlaClocks;
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
 * Walks every path of {@code MacdRequestProcess} inside its case: approved standard request, expedited at
 * night, rejected, approval timeout, missing data completed (and never sent), vendor delay, arrival
 * outside extended hours, and a case triaged into a MACD request. Timers fire with {@code execute(job())}.
 */
@ProcessTest
class MacdRequestProcessTest {

    /** An MPOC of ACME (America/Denver). */
    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    /** A contact of ACME who is not an MPOC: their requests need an MPOC's approval. */
    static final Caller BOB = Caller.contact("bob.chen@acme.example", "ACME");
    static final Caller STAFF = Caller.agent("manager", Set.of("support-managers"));
    static final Map<String, Object> ACTIVATION = Map.of("task", "NEW_ACTIVATION", "accountId", "ACME-0042",
            "userName", "Dana Ruiz", "extension", "2107", "directNumber", "yes", "extensionType", "SIP",
            "ringGroup", "Front desk");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    MacdRequests requests;
    @Autowired
    MacdApprovals approvals;
    @Autowired
    Billing billing;
    @Autowired
    Notifications notifications;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at("2026-03-11T10:00:00-06:00"); // a Wednesday in Denver, inside extended hours
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void approvedStandardRequestIsWorkedByProvisioningBilledAndResolved() {
        String n = request(BOB, ACTIVATION);

        assertThat(caseProcess(n)).isWaitingAt("CallActivity_MacdRequest").hasNotPassed("Task_TriageCase");
        assertThat(macdProcess(n)).isWaitingAt("Task_AwaitMpocDecision");
        assertThat(kinds(n)).as("acknowledged instead of the generic notice").contains(NotificationKind.MACD_RECEIVED)
                .doesNotContain(NotificationKind.CASE_OPENED);
        assertThat(mails(n, NotificationKind.MACD_APPROVAL)).extracting(NotificationView::recipient)
                .containsExactlyInAnyOrder("alice.morgan@acme.example", "noc@acme.example");
        assertThat(mails(n, NotificationKind.MACD_RECEIVED).get(0).text()).contains("Dana Ruiz")
                .contains("/portal/solutions/create-a-user").contains("USD 100.00");
        assertThat(supportCase(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);

        approvals.decideAsContact(n, ALICE, true, null);

        assertThat(macdProcess(n)).isWaitingAt("Task_CarryOutRequest");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("provisioning");
        assertThat(slaClocks.status(n).initialResponseDue()).as("one business day = 12 extended hours, 06:00-18:00")
                .isEqualTo(instant("2026-03-12T10:00:00-06:00"));
        assertThat(task(n).getDueDate()).isEqualTo(Date.from(instant("2026-03-12T10:00:00-06:00")));

        later(60);
        carryOut(n, "DONE", 20, "Extension 2107 created for Dana Ruiz", null, null);

        assertThat(macdProcess(n)).isEnded().hasPassed("EndEvent_RequestCompleted");
        assertThat(caseProcess(n)).isWaitingAt("Gateway_AwaitConfirmation");
        assertThat(supportCase(n).status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        assertThat(mails(n, NotificationKind.CASE_RESOLVED).get(0).text()).contains("billed 30 min").contains("50.00");
        var statement = billing.statement("ACME", YearMonth.of(2026, 3), STAFF);
        assertThat(statement.entries()).filteredOn(e -> e.caseNumber().equals(n)).singleElement()
                .satisfies(e -> {
                    assertThat(e.minutesBilled()).isEqualTo(30);
                    assertThat(e.amount()).isEqualByComparingTo(new BigDecimal("50.00"));
                });
        assertThat(requests.view(n, ALICE).approval()).isEqualTo(Approval.APPROVED);
        assertThat(requests.view(n, ALICE).decidedBy()).isEqualTo("alice.morgan@acme.example");
    }

    @Test
    void expeditedRequestAtNightGoesToThe24x7TeamOnTheExpeditedTargets() {
        at("2026-03-11T23:00:00-06:00");
        Map<String, Object> expedited = new HashMap<>(ACTIVATION);
        expedited.put("expedited", true);
        String n = request(ALICE, expedited);

        assertThat(macdProcess(n)).hasNotPassed("Task_AwaitMpocDecision").isWaitingAt("Task_CarryOutRequest");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("support-24x7");
        assertThat(slaClocks.status(n).initialResponseDue()).as("4 hours around the clock")
                .isEqualTo(instant("2026-03-12T03:00:00-06:00"));
        assertThat(slaClocks.status(n).resolutionDue()).as("one business day: the 12 extended hours of Thursday")
                .isEqualTo(instant("2026-03-12T18:00:00-06:00"));
        assertThat(mails(n, NotificationKind.MACD_RECEIVED).get(0).text()).contains("expedited");
    }

    @ParameterizedTest(name = "expedited at {0}: response {1}, completion {2}")
    @CsvSource(textBlock = """
            # received (Denver),          first response due,         completion due (one business day)
            2026-03-13T15:00:00-06:00,  2026-03-13T19:00:00-06:00,  2026-03-16T15:00:00-06:00
            2026-03-14T11:00:00-06:00,  2026-03-14T15:00:00-06:00,  2026-03-16T18:00:00-06:00
            2026-07-02T17:00:00-06:00,  2026-07-02T21:00:00-06:00,  2026-07-06T17:00:00-06:00
            """)
    void anExpeditedRequestIsAnsweredAroundTheClockAndDoneWithinOneBusinessDay(String received, String responseDue,
            String completionDue) {
        at(received);
        Map<String, Object> expedited = new HashMap<>(ACTIVATION);
        expedited.put("expedited", true);
        String n = request(ALICE, expedited);

        assertThat(slaClocks.status(n).initialResponseDue()).isEqualTo(instant(responseDue));
        assertThat(slaClocks.status(n).resolutionDue()).as("no breach on the weekend or the holiday")
                .isEqualTo(instant(completionDue));
    }

    @Test
    void standardRequestArrivingOutsideExtendedHoursWaitsForTheNextBusinessDay() {
        at("2026-03-14T10:00:00-06:00"); // Saturday
        String n = request(ALICE, ACTIVATION);

        assertThat(macdProcess(n)).isWaitingAt("TimerEvent_BusinessDayStarts");
        Job timer = job("TimerEvent_BusinessDayStarts", macdProcess(n));
        assertThat(timer.getDuedate()).as("Monday 06:00 Mountain time")
                .isEqualTo(Date.from(instant("2026-03-16T06:00:00-06:00")));
        assertThat(slaClocks.status(n).initialResponseDue()).isEqualTo(instant("2026-03-16T18:00:00-06:00"));
        assertThat(history(n)).anyMatch(h -> h.startsWith("Received outside extended business hours"));

        at("2026-03-16T06:00:00-06:00");
        execute(timer);

        assertThat(macdProcess(n)).isWaitingAt("Task_CarryOutRequest");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("provisioning");
    }

    @Test
    void rejectedRequestClosesWithTheReasonAndKeepsTheReopenWindow() {
        String n = request(BOB, ACTIVATION);

        assertThatThrownBy(() -> approvals.decideAsContact(n, ALICE, false, " ")).isInstanceOf(InvalidRequestException.class);
        approvals.decideAsContact(n, ALICE, false, "We are not adding users this quarter");

        assertThat(macdProcess(n)).isEnded().hasPassed("EndEvent_RequestRejected");
        assertThat(caseProcess(n)).isWaitingAt("Gateway_AwaitReopen");
        assertThat(supportCase(n).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(mails(n, NotificationKind.CASE_CLOSED).get(0).text()).contains("We are not adding users this quarter");
        assertThat(billing.statement("ACME", YearMonth.of(2026, 3), STAFF).entries())
                .noneMatch(e -> e.caseNumber().equals(n));
    }

    @Test
    void theRequestersCommentWhileApprovalIsPendingLeavesTheClocksPausedUntilAnMpocDecides() {
        String n = request(BOB, ACTIVATION);
        assertThat(slaClocks.status(n).initialResponseDue()).as("paused while waiting for approval").isNull();

        later(30);
        cases.comment(n, "Dana starts on Monday, please hurry.", true, BOB);

        assertThat(slaClocks.status(n).initialResponseDue()).as("a comment is no approval").isNull();
        assertThat(macdProcess(n)).isWaitingAt("Task_AwaitMpocDecision");
        assertThat(supportCase(n).waitingForCustomerSince()).isNotNull();

        approvals.decideAsContact(n, ALICE, true, null);

        assertThat(slaClocks.status(n).initialResponseDue()).as("running again from the approval")
                .isEqualTo(instant("2026-03-12T10:30:00-06:00"));
        assertThat(supportCase(n).waitingForCustomerSince()).isNull();
    }

    @Test
    void unapprovedRequestIsRemindedOnceThenClosed() {
        String n = request(BOB, ACTIVATION);

        execute(job("TimerEvent_ApprovalReminder", macdProcess(n)));
        assertThat(mails(n, NotificationKind.MACD_APPROVAL)).as("first request and reminder to both MPOCs").hasSize(4)
                .filteredOn(mail -> mail.subject().contains("Reminder")).hasSize(2);
        assertThat(macdProcess(n)).isWaitingAt("Task_AwaitMpocDecision");
        cases.comment(n, "Any news on this?", true, BOB);

        execute(job("TimerEvent_ApprovalExpired", macdProcess(n)));

        assertThat(macdProcess(n)).isEnded().hasPassed("EndEvent_ClosedUnapproved");
        assertThat(caseProcess(n)).isEnded().hasPassed("EndEvent_MacdClosedNoResponse");
        assertThat(supportCase(n).status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
        assertThat(requests.view(n, STAFF).approval()).isEqualTo(Approval.EXPIRED);
        assertThatThrownBy(() -> approvals.decideAsContact(n, ALICE, true, null))
                .hasMessageContaining("no longer waiting for approval");
    }

    @Test
    void missingDataIsAskedForByMailAndCompletedFromTheReply() {
        Map<String, Object> partial = Map.of("task", "NEW_ACTIVATION", "accountId", "ACME-0042", "userName", "Dana Ruiz",
                "extensionType", "TEAMS");
        String n = request(ALICE, partial);

        assertThat(macdProcess(n)).isWaitingAt("Gateway_AwaitData");
        assertThat(mails(n, NotificationKind.INFORMATION_MISSING).get(0).text()).contains("desired extension")
                .contains("email address to link to Microsoft Teams").contains("ring group or queue");

        cases.comment(n, "Extension 2107, direct number yes, no ring group, link dana@acme.example", true, ALICE);
        assertThat(macdProcess(n)).isWaitingAt("Task_EnterRequestData");
        new AgentActions(engine).complete(n, "provisioning", "provisioning", Map.of("extension", "2107",
                "directNumber", "yes", "ringGroup", "none", "teamsEmail", "dana@acme.example"));

        assertThat(macdProcess(n)).isWaitingAt("Task_CarryOutRequest");
        assertThat(supportCase(n).details()).containsEntry("teamsEmail", "dana@acme.example")
                .containsEntry("extension", "2107");
    }

    @Test
    void missingDataNeverSentClosesAsNoResponse() {
        String n = request(ALICE, Map.of("task", "RESET_PASSWORD"));

        execute(job("TimerEvent_NoDataReply", macdProcess(n)));

        assertThat(macdProcess(n)).isEnded().hasPassed("EndEvent_ClosedForMissingData");
        assertThat(caseProcess(n)).isEnded().hasPassed("EndEvent_MacdClosedNoResponse");
        assertThat(supportCase(n).status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
    }

    @Test
    void vendorDelayTellsTheCustomerMovesTheTargetAndTheTimeAddsUp() {
        String n = request(ALICE, ACTIVATION);
        String expectedBy = "2026-03-20T12:00:00-06:00";

        assertThatThrownBy(() -> carryOut(n, "VENDOR_DELAY", 10, "Porting the number", "Lumen", "2026-03-01T12:00:00-07:00"))
                .hasMessageContaining("must lie in the future");
        carryOut(n, "VENDOR_DELAY", 25, "The direct number is being ported", "Lumen", expectedBy);

        assertThat(macdProcess(n)).isWaitingAt("Task_CarryOutRequest");
        assertThat(mails(n, NotificationKind.CASE_UPDATED).get(0).text()).contains("Lumen")
                .contains("The direct number is being ported");
        assertThat(slaClocks.status(n).resolutionDue()).isEqualTo(instant(expectedBy));
        assertThat(slaClocks.status(n).initialResponseDue()).as("the delay notice answered the customer").isNull();

        carryOut(n, "DONE", 10, "Extension 2107 with its direct number is live", null, null);

        assertThat(requests.view(n, ALICE).minutesSpent()).isEqualTo(35);
        assertThat(requests.view(n, ALICE).minutesBilled()).isEqualTo(45);
        assertThat(requests.view(n, ALICE).fee()).isEqualByComparingTo(new BigDecimal("75.00"));
    }

    @Test
    void caseTriagedAsMacdBecomesARequest() {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, "CLOUD_PBX",
                "New phone", "Please add a phone for the lobby", null, Map.of("task", "CREATE_PHONE", "accountId",
                        "ACME-0042", "extension", "2199", "phoneModel", "Poly VVX 450", "macAddress", "64:16:7F:00:11:22")),
                ALICE, null).supportCase().number();
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P4", "caseType", "MACD",
                "productLine", "CLOUD_PBX", "category", "CONFIGURATION", "markAsDuplicate", false));

        assertThat(caseProcess(n)).hasPassed("Task_TriageCase").isWaitingAt("CallActivity_MacdRequest");
        assertThat(macdProcess(n)).isWaitingAt("Task_CarryOutRequest");
        assertThat(supportCase(n).assignedGroup()).as("routed by the CaseRouting table").isEqualTo("provisioning");
        assertThat(new AgentActions(engine).candidateGroups(task(n))).containsExactly("provisioning");
    }

    @Test
    void onlyContactsOfTheOrganizationRaiseRequestsAndUnknownTasksAreRefused() {
        assertThatThrownBy(() -> request(BOB, Map.of("task", "TELEPORT_USER")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("details.task");
        assertThatThrownBy(() -> request(BOB, Map.of("task", "RESET_PASSWORD", "expedited", "soon")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("details.expedited");
        assertThatThrownBy(() -> cases.open(new NewCase("ACME", "stranger@elsewhere.example", Channel.PHONE,
                CaseType.MACD, null, "Reset", "Reset my password", null, Map.of("task", "RESET_PASSWORD")),
                Caller.agent("l1", Set.of("support-l1")), null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, null, "Down",
                "Phones down", null, null), BOB, null)).as("other cases still need an MPOC")
                .isInstanceOf(NotPermittedException.class);
        String n = request(BOB, ACTIVATION);
        assertThatThrownBy(() -> approvals.decideAsContact(n, BOB, true, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> approvals.decideAsContact(n, STAFF, true, null)).isInstanceOf(NotPermittedException.class);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Raises the request through the portal and remembers its instances, to assert on them once ended. */
    private String request(Caller contact, Map<String, Object> details) {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.MACD, "CLOUD_PBX", "New user",
                "Please set up the new user", null, details), contact, null).supportCase().number();
        caseProcess(n);
        macdProcess(n);
        return n;
    }

    private void carryOut(String n, String result, int minutes, String note, String vendor, String expectedBy) {
        Map<String, Object> form = new HashMap<>(Map.of("workResult", result, "minutesSpent", minutes, "workNote", note));
        if (vendor != null) {
            form.put("vendor", vendor);
            form.put("vendorExpectedBy", expectedBy);
        }
        new AgentActions(engine).complete(n, "provisioning", "provisioning", form);
    }

    private SupportCase supportCase(String n) {
        return cases.get(n, STAFF);
    }

    private List<String> history(String n) {
        return transactions.execute(status -> cases.get(n, STAFF).history().stream().map(h -> h.reason()).toList());
    }

    private List<NotificationKind> kinds(String n) {
        return notifications.forCase(n).stream().map(NotificationView::kind).toList();
    }

    private List<NotificationView> mails(String n, NotificationKind kind) {
        return notifications.forCase(n).stream().filter(mail -> mail.kind() == kind).toList();
    }

    private Task task(String n) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(n).singleResult();
    }

    private ProcessInstance macdProcess(String n) {
        return instance(n, MacdRequestProcess.PROCESS_ID);
    }

    private ProcessInstance caseProcess(String n) {
        return instance(n, SupportCaseProcess.PROCESS_ID);
    }

    private final Map<String, ProcessInstance> instances = new HashMap<>();

    private ProcessInstance instance(String n, String key) {
        return instances.computeIfAbsent(n + "/" + key, k -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(n).processDefinitionKey(key).singleResult());
    }
}
