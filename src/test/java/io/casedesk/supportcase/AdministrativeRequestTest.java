package io.casedesk.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.sla.SlaClocks;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;

/**
 * Administrative requests (plan 003: billing, commercial or other requests attended in office hours by an
 * administrative counterpart): billing and sales requests skip technical triage, go to their team, run their clocks
 * on the organization's office-hours calendar and otherwise follow the statuses and rules of every case.
 */
@ProcessTest
class AdministrativeRequestTest {

    static final Caller BOB = Caller.contact("bob.chen@acme.example", "ACME"); // financial contact, not an MPOC
    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller CARLOS = Caller.contact("contabilidad@andes.example", "ANDES"); // financial only

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SlaClocks slaClocks;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at("2026-03-06T16:00:00-07:00"); // a Friday afternoon in Denver
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void aBillingRequestOfAFinancialContactGoesToBillingWithoutTriageAndIsAnsweredInOfficeHours() {
        SupportCase request = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.BILLING, null,
                "Invoice of February", "The February invoice lists two phones we returned.", null, null), BOB, null)
                .supportCase();

        ProcessInstance instance = instance(request);
        assertThat(instance).hasPassed("Task_RouteAdministrativeRequest").hasNotPassed("Task_TriageCase")
                .isWaitingAt(SupportCaseProcess.TASK_WORK);
        assertThat(task(instance)).hasCandidateGroup("billing");
        SupportCase routed = cases.get(request.number(), BOB);
        assertThat(routed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(routed.history()).last().satisfies(entry -> assertThat(entry.reason())
                .isEqualTo("Administrative request, assigned to billing"));
        // one business day of business-mt (Mon-Fri 08:00-17:00 Denver) from Friday 16:00: Monday 16:00
        assertThat(slaClocks.status(request.number()).initialResponseDue())
                .isEqualTo(Instant.parse("2026-03-09T22:00:00Z"));

        new AgentActions(engine).complete(request.number(), "billing", "billing",
                Map.of("workAction", "RESOLVE", "resolutionNote", "Credit note issued for the two phones."));
        assertThat(cases.get(request.number(), BOB).status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
    }

    @Test
    void aSalesRequestGoesToSalesAndOnlyMpocsRaiseIt() {
        SupportCase request = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SALES, "CONTACT_CENTER",
                "Offer for a contact centre", "We want an offer for 40 contact centre seats.", null, null), ALICE, null)
                .supportCase();

        assertThat(task(instance(request))).hasCandidateGroup("sales");
        assertThatThrownBy(() -> cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SALES, null, "Offer",
                "An offer please", null, null), CARLOS, null)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("MPOC");
        assertThatThrownBy(() -> cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, null,
                "Voicemail", "Change the greeting", null, null), BOB, null)).as("a financial contact's other cases")
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void levelOneSendsABillingQuestionThatCameAsAServiceRequestToBilling() {
        SupportCase request = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, null,
                "Question about a fee", "Why were we billed 30 minutes?", null, null), ALICE, null).supportCase();

        new AgentActions(engine).complete(request.number(), "l1", "support-l1", Map.of("priority", "P4",
                "caseType", "BILLING", "productLine", "CLOUD_PBX", "assignedGroup", SupportCaseVariables.ROUTE_BY_TABLE,
                "markAsDuplicate", false));

        assertThat(task(instance(request))).hasCandidateGroup("billing");
    }

    private ProcessInstance instance(SupportCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.number())
                .processDefinitionKey(SupportCaseProcess.PROCESS_ID).singleResult();
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }
}
