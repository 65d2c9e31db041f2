package io.casedesk.incident.web;

import static io.casedesk.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * The incident of a case over HTTP on PostgreSQL: the customer follows the steps and their durations,
 * and the field technician reports arrival and result; wrong callers and states get problem responses.
 */
@PostgresIntegrationTest
class IncidentApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    ApiClient noc;
    ApiClient maria;
    ApiClient l2;
    ApiClient tech;

    @BeforeEach
    void clients() {
        ApiClient api = ApiClient.onPort(port);
        // not alice: the case API tests try a wrong password for her, which delays her next logins
        noc = api.as("noc@acme.example", "demo");
        maria = api.as("maria.paredes@andes.example", "demo");
        l2 = api.as("l2", "demo");
        tech = api.as("tech", "demo");
    }

    @Test
    void theTechnicianReportsTheVisitAndTheCustomerFollowsTheIncident() {
        String number = dispatchedIncident();

        assertProblem(l2.post("/api/cases/" + number + "/dispatch/on-site", "{}"), 403, "assigned to technician tech");
        Response onSite = tech.post("/api/cases/" + number + "/dispatch/on-site", "{\"note\":\"At the reception\"}");
        assertThat(onSite.status()).as(onSite.raw().body()).isEqualTo(200);
        assertThat(onSite.json().path("dispatch").path("onSiteAt").asText()).isNotBlank();

        assertProblem(tech.post("/api/cases/" + number + "/dispatch/work-done", "{}"), 400, "result");
        assertProblem(tech.post("/api/cases/" + number + "/dispatch/work-done", "{\"result\": "), 400, "JSON");
        Response done = tech.post("/api/cases/" + number + "/dispatch/work-done",
                "{\"result\":\"Replaced the SBC power supply\"}");
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        assertProblem(tech.post("/api/cases/" + number + "/dispatch/on-site", "{}"), 409, "No technician is expected");

        JsonNode incident = noc.get("/api/cases/" + number + "/incident").json();
        assertThat(incident.path("remedy").asText()).isEqualTo("FIELD_VISIT");
        assertThat(incident.path("dispatch").path("siteClass").asText()).isEqualTo("MAIN_CITY");
        assertThat(incident.path("dispatch").path("workDoneAt").asText()).isNotBlank();
        assertThat(incident.path("steps")).extracting(step -> step.path("step").asText())
                .containsExactly("RECEPTION", "REGISTRATION", "DIAGNOSIS", "DISPATCH", "ARRIVAL", "FIELD_WORK",
                        "VERIFICATION");
        assertThat(incident.path("steps").get(1).path("targetSeconds").asLong()).isEqualTo(240);
        assertThat(incident.path("steps").get(6).path("completedAt").isNull()).as("verification is open").isTrue();

        assertProblem(maria.get("/api/cases/" + number + "/incident"), 404, number);
    }

    @Test
    void aCaseWithoutAnIncidentFlowHasNoIncident() {
        Response created = noc.post("/api/cases", """
                {"type":"SERVICE_REQUEST","productLine":"MICROSOFT_TEAMS","subject":"New number","description":"Please"}""");
        String number = created.json().path("number").asText();

        assertProblem(noc.get("/api/cases/" + number + "/incident"), 404, "no incident flow");
    }

    private String dispatchedIncident() {
        Response created = noc.post("/api/cases", """
                {"type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"No inbound audio",
                 "description":"Inbound calls have no audio at the main office",
                 "details":{"extension":"2041","direction":"INBOUND","counterpartNumber":"+15551234567",
                            "occurredAt":"2026-03-06T15:10:00-07:00"}}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String number = created.json().path("number").asText();
        AgentActions agents = new AgentActions(engine);
        agents.planFieldVisit(number);
        agents.complete(number, "dispatch", "field-dispatch", Map.of("technician", "tech", "siteName", "Main office",
                "siteAddress", "1600 Broadway, Denver", "siteClass", "MAIN_CITY"));
        return number;
    }
}
