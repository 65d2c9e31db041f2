package io.casedesk.maintenance.web;

import static io.casedesk.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * Maintenance windows and master cases over HTTP on PostgreSQL: who may announce, move, cancel, declare,
 * link, update and resolve; what contacts read; and the problem responses that change nothing.
 */
@PostgresIntegrationTest
class MaintenanceAndMasterCaseApiIT {

    @LocalServerPort
    int port;

    ApiClient anonymous;
    ApiClient operator;
    ApiClient manager;
    ApiClient l2;
    ApiClient noc;
    ApiClient maria;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.onPort(port);
        operator = anonymous.as("operator", "demo");
        manager = anonymous.as("manager", "demo");
        l2 = anonymous.as("l2", "demo");
        noc = anonymous.as("noc@acme.example", "demo");
        maria = anonymous.as("maria.paredes@andes.example", "demo");
    }

    @Test
    void operatorsAnnounceMoveAndCancelMaintenance() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        String body = announcement(start, start.plusHours(1));

        assertThat(anonymous.get("/api/maintenance").status()).isEqualTo(401);
        assertProblem(l2.post("/api/maintenance", body), 403, "operators");
        assertProblem(noc.post("/api/maintenance", body), 403, "operators");
        assertProblem(operator.post("/api/maintenance", "{\"title\":\"x\"}"), 400, "");
        assertProblem(operator.post("/api/maintenance", body.replace("SIP_TRUNKING", "TELEGRAPH")), 400, "TELEGRAPH");

        Response created = operator.post("/api/maintenance", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/maintenance/" + id);
        assertThat(created.json().path("kind").asText()).isEqualTo("UNSCHEDULED");

        JsonNode seenByContact = find(noc.get("/api/maintenance").json(), id);
        assertThat(seenByContact).isNotNull();
        assertThat(seenByContact.path("warning").isNull()).as("staff notes stay with staff").isTrue();

        assertProblem(operator.post("/api/maintenance/" + id + "/reschedule", move(start.minusDays(5), start)), 400,
                "future");
        Response moved = operator.post("/api/maintenance/" + id + "/reschedule", move(start.plusDays(1),
                start.plusDays(1).plusHours(2)));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(moved.json().path("revision").asInt()).isEqualTo(1);

        assertProblem(operator.post("/api/maintenance/" + id + "/cancel", "{}"), 400, "reason");
        assertThat(operator.post("/api/maintenance/" + id + "/cancel", "{\"reason\":\"Vendor withdrew the patch\"}")
                .json().path("status").asText()).isEqualTo("CANCELLED");
        assertProblem(operator.post("/api/maintenance/" + id + "/cancel", "{\"reason\":\"again\"}"), 409, "cancelled");
        assertProblem(operator.get("/api/maintenance/999999"), 404, "999999");
    }

    @Test
    void supportManagersRunMasterCases() {
        Response acmeCase = noc.post("/api/cases", """
                {"type":"INCIDENT","productLine":"CLOUD_PBX","subject":"No dial tone","description":"Since 09:00"}""");
        Response andesCase = maria.post("/api/cases", """
                {"type":"INCIDENT","productLine":"CLOUD_PBX","subject":"Sin tono","description":"Desde las 10:00"}""");
        String declaration = """
                {"subject":"Cloud PBX registrations fail","description":"Phones cannot register","productLine":"CLOUD_PBX",
                 "cases":["%s"]}""".formatted(acmeCase.json().path("number").asText());

        assertProblem(l2.post("/api/master-cases", declaration), 403, "support managers");
        assertProblem(noc.post("/api/master-cases", declaration), 403, "support managers");
        assertProblem(manager.post("/api/master-cases", "{\"subject\":\"x\"}"), 400, "");
        Response declared = manager.post("/api/master-cases", declaration);
        assertThat(declared.status()).as(declared.raw().body()).isEqualTo(201);
        String master = declared.json().path("number").asText();

        Response linked = manager.post("/api/cases/" + andesCase.json().path("number").asText() + "/master",
                "{\"masterCase\":\"" + master + "\"}");
        assertThat(linked.status()).as(linked.raw().body()).isEqualTo(200);
        assertThat(linked.json().path("affectedOrganizations").asInt()).isEqualTo(2);
        assertThat(noc.get("/api/cases/" + acmeCase.json().path("number").asText()).json().path("masterCase").asText())
                .isEqualTo(master);

        assertProblem(manager.post("/api/master-cases/" + master + "/updates", "{\"message\":\"\"}"), 400, "message");
        assertThat(manager.post("/api/master-cases/" + master + "/updates", "{\"message\":\"Registrar restarted\"}")
                .json().path("updates")).hasSize(1);
        assertThat(noc.get("/api/master-cases/" + master).json().path("updates").get(0).path("text").asText())
                .isEqualTo("Registrar restarted");
        Response resolved = manager.post("/api/master-cases/" + master + "/resolution",
                "{\"message\":\"Registrations work again\"}");
        assertThat(resolved.json().path("open").asBoolean()).isFalse();
        assertThat(noc.get("/api/cases/" + acmeCase.json().path("number").asText()).json().path("status").asText())
                .isEqualTo("RESOLVED_FOLLOW_UP_REQUIRED");
        assertProblem(manager.post("/api/master-cases/" + master + "/updates", "{\"message\":\"late\"}"), 409, "resolved");
        assertProblem(manager.post("/api/cases/" + acmeCase.json().path("number").asText() + "/master",
                "{\"masterCase\":\"" + master + "\"}"), 409, "resolved");
    }

    private static String announcement(OffsetDateTime start, OffsetDateTime end) {
        return """
                {"title":"Emergency SBC patch","description":"Patch the SBCs","justification":"Security fix",
                 "productLines":["SIP_TRUNKING"],"startsAt":"%s","endsAt":"%s","serviceImpact":true}""".formatted(start, end);
    }

    private static String move(OffsetDateTime start, OffsetDateTime end) {
        return "{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\",\"reason\":\"Carrier asked\"}";
    }

    private static JsonNode find(JsonNode windows, long id) {
        for (JsonNode window : windows) {
            if (window.path("id").asLong() == id) {
                return window;
            }
        }
        return null;
    }
}
