package io.casedesk.macd.web;

import static io.casedesk.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * MACD approval over HTTP on PostgreSQL: a contact who is not an MPOC raises a request, an MPOC approves
 * it through the link in their mail (once: the link cannot be reused, forged, or used after another
 * MPOC decided), a non-MPOC cannot approve, and the provisioning fee shows on the month's billing.
 */
@PostgresIntegrationTest
class MacdApprovalIT {

    private static final Pattern APPROVAL_LINK = Pattern.compile("/macd/approvals/([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Notifications notifications;

    ApiClient bob;
    ApiClient noc;
    ApiClient maria;
    ApiClient l2;
    HttpClient browser = HttpClient.newHttpClient();

    @BeforeEach
    void clients() {
        ApiClient api = ApiClient.onPort(port);
        bob = api.as("bob.chen@acme.example", "demo");
        noc = api.as("noc@acme.example", "demo");
        maria = api.as("maria.paredes@andes.example", "demo");
        l2 = api.as("l2", "demo");
    }

    @Test
    void anApprovalLinkWorksOnceAndOnlyForTheMpocItWasSentTo() throws Exception {
        String number = raisedByNonMpoc();
        assertThat(bob.get("/api/cases/" + number + "/macd").json().path("approval").asText()).isEqualTo("PENDING");

        assertProblem(bob.post("/api/cases/" + number + "/macd/approval", "{\"decision\":\"APPROVE\"}"), 403, "MPOC");
        assertProblem(l2.post("/api/cases/" + number + "/macd/approval", "{\"decision\":\"APPROVE\"}"), 403, "MPOC");
        assertProblem(maria.post("/api/cases/" + number + "/macd/approval", "{\"decision\":\"APPROVE\"}"), 404, number);
        assertProblem(noc.post("/api/cases/" + number + "/macd/approval", "{\"decision\":"), 400, "JSON");

        HttpResponse<String> forged = page("GET", "/macd/approvals/" + "A".repeat(43), null);
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("not valid");

        String nocLink = "/macd/approvals/" + token(number, "noc@acme.example");
        String aliceLink = "/macd/approvals/" + token(number, "alice.morgan@acme.example");
        HttpResponse<String> review = page("GET", nocLink, null);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains(number).contains("Bob Chen").contains("Dana Ruiz").contains("Approve");
        assertThat(bob.get("/api/cases/" + number + "/macd").json().path("approval").asText())
                .as("opening the page decides nothing").isEqualTo("PENDING");

        assertThat(page("POST", nocLink, "decision=MAYBE").statusCode()).isEqualTo(400);
        HttpResponse<String> approved = page("POST", nocLink, "decision=APPROVE");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("Approved");

        HttpResponse<String> reused = page("POST", nocLink, "decision=REJECT&reason=changed+my+mind");
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("approved by noc@acme.example");
        assertThat(page("POST", aliceLink, "decision=REJECT&reason=no").statusCode()).as("the other MPOC's link")
                .isEqualTo(410);
        assertProblem(noc.post("/api/cases/" + number + "/macd/approval", "{\"decision\":\"REJECT\",\"reason\":\"no\"}"),
                409, "no longer waiting for approval");

        JsonNode request = bob.get("/api/cases/" + number + "/macd").json();
        assertThat(request.path("approval").asText()).isEqualTo("APPROVED");
        assertThat(request.path("decidedBy").asText()).isEqualTo("noc@acme.example");
        assertThat(openTask(number).getTaskDefinitionKey()).isEqualTo("Task_CarryOutRequest");
    }

    @Test
    void theProvisioningFeeIsBilledToTheOrganizationForTheMonth() {
        String number = raisedByNonMpoc();
        Response decided = noc.post("/api/cases/" + number + "/macd/approval", "{\"decision\":\"APPROVE\"}");
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        Task task = openTask(number);
        String group = new AgentActions(engine).candidateGroups(task).get(0);
        new AgentActions(engine).complete(number, "support-24x7".equals(group) ? "night" : "provisioning", group,
                Map.of("workResult", "DONE", "minutesSpent", 20, "workNote", "Extension 2107 is live"));
        String month = YearMonth.now(ZoneId.of("America/Denver")).toString();

        JsonNode statement = bob.get("/api/organizations/ACME/billing?month=" + month).json();
        JsonNode entry = null;
        for (JsonNode e : statement.path("entries")) {
            if (e.path("caseNumber").asText().equals(number)) {
                entry = e;
            }
        }
        assertThat(entry).as(statement.toString()).isNotNull();
        assertThat(entry.path("minutesBilled").asInt()).isEqualTo(30);
        assertThat(entry.path("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(statement.path("currency").asText()).isEqualTo("USD");

        Response csv = bob.get("/api/organizations/ACME/billing.csv?month=" + month);
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("organization,month,case").contains(number + ",").contains(",30,100.00,50.00,USD,");

        assertProblem(maria.get("/api/organizations/ACME/billing?month=" + month), 404, "ACME");
        assertProblem(bob.get("/api/organizations/ACME/billing?month=March"), 400, "2026-03");
    }

    @Test
    void aRequestWithAnUnknownTaskIsRefusedAndChangesNothing() {
        Response refused = bob.post("/api/cases", """
                {"type":"MACD","productLine":"CLOUD_PBX","subject":"New user","description":"Please",
                 "details":{"task":"TELEPORT_USER"}}""");
        assertProblem(refused, 400, "details.task");
    }

    private String raisedByNonMpoc() {
        Response created = bob.post("/api/cases", """
                {"type":"MACD","productLine":"CLOUD_PBX","subject":"New user for the front desk",
                 "description":"Please activate Dana Ruiz",
                 "details":{"task":"NEW_ACTIVATION","expedited":true,"accountId":"ACME-0042","userName":"Dana Ruiz",
                            "extension":"2107","directNumber":"yes","extensionType":"SIP","ringGroup":"Front desk"}}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().path("number").asText();
    }

    private String token(String number, String mpoc) {
        String text = notifications.forCase(number).stream()
                .filter(mail -> mail.kind() == NotificationKind.MACD_APPROVAL && mail.recipient().equals(mpoc))
                .findFirst().orElseThrow().text();
        Matcher link = APPROVAL_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private Task openTask(String number) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    /** What a browser does with the link: no login, a form post for the buttons. */
    private HttpResponse<String> page(String method, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
