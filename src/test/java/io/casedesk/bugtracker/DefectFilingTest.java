package io.casedesk.bugtracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

import io.casedesk.customer.Caller;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * A case triaged as a software defect is filed through the bug tracker's webhook, here a real HTTP
 * server on a local port; an outage of the tracker is retried and ends as an incident, never lost.
 */
@ProcessTest
class DefectFilingTest {

    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller STAFF = Caller.agent("manager", Set.of("support-managers"));

    static final HttpServer TRACKER;
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    static final AtomicInteger NEXT_STATUS = new AtomicInteger(201);
    static final AtomicInteger NEXT_KEY = new AtomicInteger(100);

    static {
        try {
            TRACKER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TRACKER.createContext("/issues", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                REQUESTS.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            int status = NEXT_STATUS.get();
            byte[] answer = (status < 300 ? "{\"key\":\"VOICE-" + NEXT_KEY.getAndIncrement() + "\"}"
                    : "{\"error\":\"maintenance\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        TRACKER.start();
    }

    @DynamicPropertySource
    static void tracker(DynamicPropertyRegistry registry) {
        registry.add("casedesk.bug-tracker.url",
                () -> "http://127.0.0.1:" + TRACKER.getAddress().getPort() + "/issues");
        registry.add("casedesk.bug-tracker.authorization", () -> "Bearer test-token");
    }

    @AfterAll
    static void stopTracker() {
        TRACKER.stop(0);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        REQUESTS.clear();
        NEXT_STATUS.set(201);
    }

    @Test
    void aSoftwareDefectIsFiledAndTheReferenceIsKeptOnTheCase() {
        String n = defect("Portal shows yesterday's call records");
        ProcessInstance filing = filing(n);
        assertThat(filing).isWaitingAt("Task_FileDefect");
        assertThat(cases.get(n, STAFF).assignedGroup()).as("routed by CaseRouting").isEqualTo("software-engineering");

        execute(job(filing));

        assertThat(filing).isEnded();
        assertThat(REQUESTS).singleElement().asString().startsWith("Bearer test-token casedesk-defect-" + n)
                .contains("\"title\":\"Portal shows yesterday's call records\"", "\"caseNumber\":\"" + n + "\"");
        String reference = (String) cases.get(n, STAFF).details().get("defectReference");
        assertThat(reference).startsWith("VOICE-");
        assertThat(history(n)).contains("Filed in the bug tracker as " + reference);
    }

    @Test
    void aTrackerOutageIsRetriedThenShownAsAnIncidentAndTheDefectIsFiledWhenItIsBack() {
        String n = defect("Connect portal export fails");
        ProcessInstance filing = filing(n);
        NEXT_STATUS.set(503);

        int attempts = 0;
        while (engine.getRuntimeService().createIncidentQuery().processInstanceId(filing.getId()).count() == 0
                && attempts < 10) {
            attempts++;
            assertThatThrownBy(() -> execute(job(filing))).hasMessageContaining("503");
        }

        assertThat(attempts).as("R5/PT5M: five attempts, five minutes apart").isEqualTo(5);
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(filing.getId()).list();
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.getActivityId()).isEqualTo("Task_FileDefect"));
        assertThat(cases.get(n, STAFF).details()).doesNotContainKey("defectReference");

        NEXT_STATUS.set(201);
        engine.getManagementService().setJobRetries(job(filing).getId(), 1);
        execute(job(filing));

        assertThat(filing).isEnded();
        assertThat(REQUESTS).hasSize(attempts + 1).allSatisfy(r -> assertThat(r).contains("casedesk-defect-" + n));
        assertThat(cases.get(n, STAFF).details()).containsKey("defectReference");
    }

    @Test
    void otherCategoriesAreNotFiled() {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, "CONNECT_PORTAL",
                "New user for the portal", "Please add Jo", null, null), ALICE, null).supportCase().number();
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P4", "caseType", "SERVICE_REQUEST",
                "productLine", "CONNECT_PORTAL", "category", "HOW_TO", "markAsDuplicate", false));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n)
                .processDefinitionKey(DefectFilingProcess.PROCESS_ID).count()).isZero();
        assertThat(cases.get(n, STAFF).assignedGroup()).as("routed by CaseRouting").isEqualTo("support-l1");
    }

    private String defect(String subject) {
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.SERVICE_REQUEST, "CONNECT_PORTAL", subject,
                subject + " since the last release", null, null), ALICE, null).supportCase().number();
        new AgentActions(engine).complete(n, "l1", "support-l1", Map.of("priority", "P3", "caseType", "SERVICE_REQUEST",
                "productLine", "CONNECT_PORTAL", "category", "SOFTWARE_DEFECT", "markAsDuplicate", false));
        return n;
    }

    private ProcessInstance filing(String n) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n)
                .processDefinitionKey(DefectFilingProcess.PROCESS_ID).singleResult();
    }

    private List<String> history(String n) {
        return transactions.execute(status -> cases.get(n, STAFF).history().stream().map(h -> h.reason()).toList());
    }
}
