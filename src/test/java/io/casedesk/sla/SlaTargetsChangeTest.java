package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import io.casedesk.customer.Caller;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * A process owner changes a row of {@code SlaTargets} and deploys it, as from Modeler: cases opened
 * afterwards run on the new row, a case that was already running keeps the targets it started with,
 * even when it is triaged after the change.
 */
@ProcessTest
class SlaTargetsChangeTest {

    static final String CHANGE = "SLA targets: P2 answered in 45 minutes";
    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SlaClocks slaClocks;

    /** The changed table goes again, so that the other tests share this application with the shipped one. */
    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getRepositoryService().createDeploymentQuery().deploymentName(CHANGE).list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void newCasesUseTheChangedRowWhileRunningCasesKeepTheirTargets() throws IOException {
        at("2026-03-11T10:00:00-06:00");
        String running = open("Before the change");

        deploySlaTargets(table -> table.replaceFirst(
                "(?s)(<rule id=\"Rule_PriorityMatrixP2\">.*?)<text>\"PT30M\"</text>", "$1<text>\"PT45M\"</text>"));
        String opened = open("After the change");
        AgentActions agents = new AgentActions(engine);
        for (String n : new String[] {running, opened}) {
            agents.complete(n, "l1", "support-l1", Map.of("priority", "P2", "caseType", "SERVICE_REQUEST",
                    "productLine", "NETWORK", "assignedGroup", "support-l2", "markAsDuplicate", false));
        }

        assertThat(slaClocks.status(running).initialResponseDue()).isEqualTo(instant("2026-03-11T10:30:00-06:00"));
        assertThat(slaClocks.status(opened).initialResponseDue()).isEqualTo(instant("2026-03-11T10:45:00-06:00"));
    }

    private void deploySlaTargets(UnaryOperator<String> change) throws IOException {
        String table = new ClassPathResource("processes/sla-targets.dmn").getContentAsString(StandardCharsets.UTF_8);
        String changed = change.apply(table);
        assertThat(changed).isNotEqualTo(table);
        engine.getRepositoryService().createDeployment().name(CHANGE)
                .addString("sla-targets.dmn", changed).deploy();
    }

    private String open(String subject) {
        return cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "NETWORK", subject, subject,
                null, null), ALICE, null).supportCase().number();
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(instant(isoDateTime)));
    }

    private static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }
}
