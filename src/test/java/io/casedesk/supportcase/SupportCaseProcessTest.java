package io.casedesk.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Caller;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;

/**
 * Walks every path of {@code SupportCaseProcess} against the real services and an in-memory database:
 * triage, public update, hold, shipping, waiting for the customer, resolution, closure, reopen and
 * duplicates. Timers are fired with {@code execute(job())} on a clock the test sets.
 */
@ProcessTest
class SupportCaseProcessTest {

    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller NOC = Caller.contact("noc@acme.example", "ACME");
    static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SupportCaseRepository repository;
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

    // --- triage -----------------------------------------------------------------------------------

    @Test
    void newCaseWaitsForTriageByLevelOneAtP4() {
        SupportCase c = open(ALICE, "Message waiting light is off");

        assertThat(instance(c)).isWaitingAt(SupportCaseProcess.TASK_TRIAGE);
        assertThat(task()).hasCandidateGroup("support-l1");
        assertThat(instance(c)).hasBusinessKey(c.number()).variables().containsEntry("priority", "P4")
                .containsEntry("organizationName", "Acme Logistics");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void triageSetsPriorityTypeProductLineAndTheGroupThatWorksTheCase() {
        SupportCase c = open(ALICE, "Calls drop when transferring");

        triage(c, "P2", "support-l2");

        assertThat(instance(c)).hasPassed("Task_RecordTriage").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(task()).hasCandidateGroup("support-l2");
        SupportCase triaged = reload(c);
        assertThat(triaged.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(triaged.priority()).isEqualTo(Priority.P2);
        assertThat(triaged.productLine()).isEqualTo("MICROSOFT_TEAMS");
        assertThat(triaged.assignedGroup()).isEqualTo("support-l2");
        CaseHistoryEntry last = lastHistory(triaged);
        assertThat(last.from()).isEqualTo(CaseStatus.NEW);
        assertThat(last.to()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(last.actor()).isEqualTo("l1");
        assertThat(last.reason()).contains("P2", "support-l2");
    }

    @Test
    void triageCanCloseTheCaseAsDuplicateOfTheMainCase() {
        SupportCase main = open(ALICE, "Phones do not register");
        SupportCase duplicate = open(NOC, "Phones do not register at the warehouse");

        completeAs("l1", "support-l1", duplicate, Map.of("markAsDuplicate", true, "duplicateOf", main.number()));

        assertThat(instance(duplicate)).hasPassed("Task_MarkDuplicate").isEnded().hasPassed("EndEvent_CaseDuplicate");
        SupportCase closed = reload(duplicate);
        assertThat(closed.status()).isEqualTo(CaseStatus.DUPLICATE);
        assertThat(closed.duplicateOf()).isEqualTo(main.number());
        assertThat(closed.closedAt()).isNotNull();
        assertThat(lastHistory(closed).reason()).isEqualTo("Duplicate of " + main.number());
    }

    @Test
    void duplicateOfAnotherOrganizationsCaseIsRefusedAndTriageStaysOpen() {
        SupportCase andes = open(MARIA, "Troncal SIP caída");
        SupportCase acme = open(ALICE, "SIP trunk down");

        assertThatThrownBy(() -> completeAs("l1", "support-l1", acme,
                Map.of("markAsDuplicate", true, "duplicateOf", andes.number())))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("another organization");

        assertThat(instance(acme)).isWaitingAt(SupportCaseProcess.TASK_TRIAGE);
        assertThat(reload(acme).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void triageRefusesP1G() {
        SupportCase c = open(ALICE, "Everything is down");

        assertThatThrownBy(() -> triage(c, "P1G", "support-l1")).isInstanceOf(InvalidRequestException.class);

        assertThat(instance(c)).isWaitingAt(SupportCaseProcess.TASK_TRIAGE);
    }

    // --- work -------------------------------------------------------------------------------------

    @Test
    void publicUpdateIsPostedAndWorkContinues() {
        SupportCase c = triaged(open(ALICE, "Voicemail greeting missing"));

        work(c, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "We are restoring the greeting."));

        assertThat(instance(c)).hasPassed("Task_PostPublicUpdate").isWaitingAt(SupportCaseProcess.TASK_WORK);
        CaseComment update = lastComment(reload(c));
        assertThat(update.isPublic()).isTrue();
        assertThat(update.author()).isEqualTo("l2");
        assertThat(update.body()).isEqualTo("We are restoring the greeting.");
        assertThat(instance(c).getProcessInstanceId()).satisfies(id ->
                assertThat(engine.getRuntimeService().getVariable(id, "updateMessage")).isNull());
    }

    @Test
    void caseOnHoldResumesByItselfAtTheHoldDate() {
        SupportCase c = triaged(open(ALICE, "Move the phone on Monday"));

        work(c, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-16T09:00-06:00", "holdReason", "Customer away"));

        assertThat(reload(c).status()).isEqualTo(CaseStatus.ON_HOLD);
        assertThat(reload(c).onHoldUntil()).isEqualTo(Instant.parse("2026-03-16T15:00:00Z"));
        assertThat(instance(c)).isWaitingAt("Gateway_AwaitHoldEnd");
        assertThat(job("TimerEvent_HoldExpired", instance(c)).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-16T15:00:00Z")));

        at("2026-03-16T09:00:00-06:00");
        execute(job("TimerEvent_HoldExpired", instance(c)));

        assertThat(instance(c)).hasPassed("Task_ResumeFromHold").isWaitingAt(SupportCaseProcess.TASK_WORK);
        SupportCase resumed = reload(c);
        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(resumed.onHoldUntil()).isNull();
        assertThat(lastHistory(resumed).actor()).isEqualTo("system");
    }

    @Test
    void holdDateWithoutOffsetIsReadInTheOrganizationsTimeZone() {
        SupportCase c = triaged(open(ALICE, "Port the number next week"));

        work(c, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-16T09:00"));

        assertThat(reload(c).onHoldUntil()).isEqualTo(Instant.parse("2026-03-16T15:00:00Z"));
    }

    @Test
    void holdInThePastIsRefused() {
        SupportCase c = triaged(open(ALICE, "Hold me"));

        assertThatThrownBy(() -> work(c, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-03-01T09:00-07:00")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");

        assertThat(instance(c)).isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void customerReplyEndsAHoldEarly() {
        SupportCase c = triaged(open(ALICE, "Training for new staff"));
        work(c, Map.of("workAction", "ON_HOLD", "holdUntil", "2026-04-01T09:00-06:00"));

        cases.comment(c.number(), "We are back earlier than planned.", true, ALICE);

        assertThat(instance(c)).hasPassed("MessageEvent_CustomerRepliedOnHold").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance(c).getId()).count()).isZero();
    }

    @Test
    void shippingWaitsForDeliveryConfirmationThenWorkResumes() {
        SupportCase c = triaged(open(ALICE, "Handset broken"));

        work(c, Map.of("workAction", "SHIPPING", "carrier", "UPS", "trackingReference", "1Z999AA10123456784"));

        SupportCase shipping = reload(c);
        assertThat(shipping.status()).isEqualTo(CaseStatus.SHIPPING);
        assertThat(shipping.trackingReference()).isEqualTo("1Z999AA10123456784");
        assertThat(instance(c)).isWaitingAt(SupportCaseProcess.TASK_CONFIRM_DELIVERY);
        assertThat(task()).hasCandidateGroup("support-l2");

        completeAs("l2", "support-l2", c, Map.of("delivered", true, "deliveryNote", "Signed by reception"));

        assertThat(instance(c)).hasPassed("Task_RecordDelivery").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(lastHistory(reload(c)).reason()).contains("Signed by reception");
    }

    @Test
    void customerReplyResumesWorkWhileWaitingForTheCustomer() {
        SupportCase c = triaged(open(ALICE, "Which extension?"));
        work(c, Map.of("workAction", "ASK_CUSTOMER", "question", "Which extension is affected?"));

        assertThat(instance(c)).isWaitingAt("Gateway_AwaitReply");
        assertThat(reload(c).waitingForCustomerSince()).isNotNull();

        cases.comment(c.number(), "Extension 2041.", true, ALICE);

        assertThat(instance(c)).hasPassed("MessageEvent_CustomerReplied").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(instance(c)).variables().containsEntry("latestCustomerMessage", "Extension 2041.");
        assertThat(reload(c).waitingForCustomerSince()).isNull();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void closesAsNoResponseAfterTwoBusinessDaysWithoutReply() {
        at("2026-03-13T15:00:00-06:00"); // Friday afternoon in Denver
        SupportCase c = triaged(open(ALICE, "Please test again"));
        work(c, Map.of("workAction", "ASK_CUSTOMER", "question", "Can you test again?"));

        Job timer = job("TimerEvent_NoResponse", instance(c));
        assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-17T15:00:00-06:00").toInstant()));

        at("2026-03-17T15:00:00-06:00");
        execute(timer);

        assertThat(instance(c)).hasPassed("Task_CloseNoResponse").isEnded().hasPassed("EndEvent_CaseClosedNoResponse");
        SupportCase closed = reload(c);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-03-17T21:00:00Z"));
        assertThat(lastComment(closed).body()).contains("Closed No Response");
        assertThat(lastComment(closed).isPublic()).isTrue();
    }

    @Test
    void noResponseWaitSkipsTheOrganizationsNationalHolidays() {
        at("2026-10-30T16:00:00-05:00"); // Friday in Guayaquil; 2 and 3 November are holidays in Ecuador
        SupportCase c = triaged(open(MARIA, "¿Puede probar de nuevo?"), "P3", "support-l2");
        work(c, Map.of("workAction", "ASK_CUSTOMER", "question", "¿Puede probar de nuevo?"));

        assertThat(job("TimerEvent_NoResponse", instance(c)).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-11-05T16:00:00-05:00").toInstant()));
    }

    // --- resolution, closure and reopen -----------------------------------------------------------

    @Test
    void resolvedCaseClosesWhenTheCustomerConfirms() {
        SupportCase c = triaged(open(ALICE, "Presence wrong"));
        work(c, Map.of("workAction", "RESOLVE", "resolutionNote", "Presence service restarted."));

        assertThat(reload(c).status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        assertThat(instance(c)).isWaitingAt("Gateway_AwaitConfirmation");

        cases.answerResolution(c.number(), true, "Works now, thanks", ALICE);

        SupportCase closed = reload(c);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(lastHistory(closed).reason()).isEqualTo("Customer confirmed the resolution");
        assertThat(instance(c)).hasPassed("MessageEvent_ResolutionConfirmed")
                .isWaitingAt("Gateway_AwaitReopen");
        assertThat(job("TimerEvent_ReopenWindowExpired", instance(c)).getDuedate())
                .isEqualTo(Date.from(closed.closedAt().atZone(ZoneId.of("America/Denver")).plusDays(7).toInstant()));
    }

    @Test
    void resolvedCaseGoesBackToWorkWhenTheCustomerSaysItIsNotFixed() {
        SupportCase c = triaged(open(ALICE, "Echo on calls"));
        work(c, Map.of("workAction", "RESOLVE", "resolutionNote", "Codec changed."));

        cases.answerResolution(c.number(), false, "Still hearing echo on external calls", ALICE);

        assertThat(instance(c)).hasPassed("MessageEvent_CustomerRepliedToResolution").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(lastHistory(reload(c)).reason()).isEqualTo("Customer reports the issue is not fixed");
    }

    @Test
    void unconfirmedResolutionClosesAsNoResponseAfterTwoBusinessDays() {
        SupportCase c = triaged(open(ALICE, "Fax not received"));
        work(c, Map.of("workAction", "RESOLVE", "resolutionNote", "Fax route fixed."));

        Job timer = job("TimerEvent_FollowUpExpired", instance(c));
        assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-13T10:00:00-06:00").toInstant()));
        at("2026-03-13T10:00:00-06:00");
        execute(timer);

        assertThat(instance(c)).hasPassed("Task_CloseUnconfirmedCase").isEnded();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.CLOSED_NO_RESPONSE);
    }

    @Test
    void agentClosesTheCaseAndTheReopenWindowEndsTheProcessAfterSevenDays() {
        SupportCase c = triaged(open(ALICE, "Question about voicemail PIN"));

        work(c, Map.of("workAction", "CLOSE", "closingNote", "PIN reset explained."));

        SupportCase closed = reload(c);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(lastComment(closed).body()).isEqualTo("PIN reset explained.");
        Job window = job("TimerEvent_ReopenWindowExpired", instance(c));
        assertThat(window.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-18T16:00:00Z")));

        at("2026-03-18T10:00:00-06:00");
        execute(window);

        assertThat(instance(c)).isEnded().hasPassed("EndEvent_CaseClosed");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @ParameterizedTest(name = "closed {0}, reopened {1}: {2}")
    @CsvSource(textBlock = """
            # closed (Denver),            reopen asked at,            reopened in the same case
            2026-03-05T10:00:00-07:00,  2026-03-12T09:59:00-06:00,  true
            2026-03-05T10:00:00-07:00,  2026-03-12T10:30:00-06:00,  false
            2026-10-29T10:00:00-06:00,  2026-11-05T09:30:00-07:00,  true
            2026-10-29T10:00:00-06:00,  2026-11-05T10:00:00-07:00,  false
            """)
    void theReopenWindowIsSevenCalendarDaysInTheOrganizationsZoneAcrossDaylightSavingChanges(String closedAt,
            String reopenAt, boolean sameCase) {
        at(closedAt);
        SupportCase c = triaged(open(ALICE, "Voicemail to email stopped"));
        work(c, Map.of("workAction", "CLOSE", "closingNote", "Mail relay fixed."));
        Instant localSameTimeAWeekLater = OffsetDateTime.parse(closedAt).atZoneSameInstant(ZoneId.of("America/Denver"))
                .plusDays(7).toInstant();
        assertThat(job("TimerEvent_ReopenWindowExpired", instance(c)).getDuedate())
                .isEqualTo(Date.from(localSameTimeAWeekLater));

        at(reopenAt);
        CaseManagement.Reopened reopened = cases.reopen(c.number(), "It stopped again", ALICE);

        assertThat(reopened.newCase()).isEqualTo(!sameCase);
        assertThat(reload(c).status()).isEqualTo(sameCase ? CaseStatus.CUSTOMER_REOPENED : CaseStatus.CLOSED);
    }

    @Test
    void closedCaseReopensWithinSevenDaysAndGoesBackToWork() {
        SupportCase c = triaged(open(ALICE, "Hunt group order wrong"));
        work(c, Map.of("workAction", "CLOSE", "closingNote", "Order corrected."));

        at("2026-03-17T09:00:00-06:00");
        CaseManagement.Reopened reopened = cases.reopen(c.number(), "The order is wrong again", ALICE);

        assertThat(reopened.newCase()).isFalse();
        SupportCase again = reload(c);
        assertThat(again.status()).isEqualTo(CaseStatus.CUSTOMER_REOPENED);
        assertThat(again.closedAt()).isNull();
        assertThat(instance(c)).hasPassed("MessageEvent_CaseReopened").isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(task()).hasCandidateGroup("support-l2");

        work(c, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Looking at it again."));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void reopenAfterSevenDaysOpensANewCaseRelatedToTheOriginal() {
        SupportCase c = triaged(open(ALICE, "Caller ID shows wrong name"));
        work(c, Map.of("workAction", "CLOSE", "closingNote", "CNAM updated."));

        at("2026-03-18T10:00:00-06:00"); // exactly seven days later
        CaseManagement.Reopened reopened = cases.reopen(c.number(), "The old name is back", ALICE);

        assertThat(reopened.newCase()).isTrue();
        SupportCase followUp = started(reopened.supportCase());
        assertThat(followUp.relatedCase()).isEqualTo(c.number());
        assertThat(followUp.status()).isEqualTo(CaseStatus.NEW);
        assertThat(followUp.priority()).isEqualTo(Priority.P4);
        assertThat(followUp.subject()).startsWith("Follow-up of " + c.number());
        assertThat(instance(followUp)).isWaitingAt(SupportCaseProcess.TASK_TRIAGE);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void replyAfterClosedNoResponseOpensANewRelatedCase() {
        SupportCase c = triaged(open(ALICE, "Need logs"));
        work(c, Map.of("workAction", "ASK_CUSTOMER", "question", "Please send logs"));
        at("2026-03-13T10:00:00-06:00");
        execute(job("TimerEvent_NoResponse", instance(c)));

        assertThatThrownBy(() -> cases.comment(c.number(), "Here are the logs", true, ALICE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("reopen");
        CaseManagement.Reopened reopened = cases.reopen(c.number(), "Here are the logs", ALICE);

        assertThat(reopened.newCase()).isTrue();
        assertThat(reopened.supportCase().relatedCase()).isEqualTo(c.number());
    }

    @Test
    void agentCanCloseACaseAsDuplicateWhileWorkingIt() {
        SupportCase main = open(ALICE, "Outage at the Denver office");
        SupportCase later = triaged(open(NOC, "Denver office phones down"));

        work(later, Map.of("workAction", "DUPLICATE", "duplicateOf", main.number()));

        assertThat(instance(later)).isEnded().hasPassed("EndEvent_CaseDuplicate");
        assertThat(reload(later).status()).isEqualTo(CaseStatus.DUPLICATE);
        assertThatThrownBy(() -> cases.reopen(later.number(), "again", NOC)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(main.number());
    }

    @Test
    void reopeningAnOpenCaseIsRefused() {
        SupportCase c = triaged(open(ALICE, "Still open"));

        assertThatThrownBy(() -> cases.reopen(c.number(), "please", ALICE)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not closed");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private SupportCase open(Caller contact, String subject) {
        NewCase request = new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS", subject,
                subject + " — details", null, null);
        return started(cases.open(request, contact, null).supportCase());
    }

    private SupportCase started(SupportCase c) {
        instances.put(c.number(), engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(c.number()).processDefinitionKey(SupportCaseProcess.PROCESS_ID).singleResult());
        return c;
    }

    private SupportCase triaged(SupportCase c) {
        return triaged(c, "P3", "support-l2");
    }

    private SupportCase triaged(SupportCase c, String priority, String group) {
        triage(c, priority, group);
        return reload(c);
    }

    private void triage(SupportCase c, String priority, String group) {
        completeAs("l1", "support-l1", c, Map.of("priority", priority, "caseType", "SERVICE_REQUEST",
                "productLine", "MICROSOFT_TEAMS", "assignedGroup", group, "markAsDuplicate", false));
    }

    private void work(SupportCase c, Map<String, Object> input) {
        completeAs("l2", "support-l2", c, input);
    }

    private void completeAs(String user, String group, SupportCase c, Map<String, Object> input) {
        new AgentActions(engine).complete(c.number(), user, group, input);
    }

    /** The case's process instance, running or ended; also makes it the subject of {@code task()} and {@code job()}. */
    private ProcessInstance instance(SupportCase c) {
        ProcessInstance instance = instances.get(c.number());
        assertThat(instance);
        return instance;
    }

    private SupportCase reload(SupportCase c) {
        return transactions.execute(status -> {
            SupportCase loaded = repository.findById(c.id()).orElseThrow();
            loaded.history().size();
            loaded.comments().size();
            return loaded;
        });
    }

    private static CaseHistoryEntry lastHistory(SupportCase c) {
        return c.history().get(c.history().size() - 1);
    }

    private static CaseComment lastComment(SupportCase c) {
        return c.comments().get(c.comments().size() - 1);
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }
}
