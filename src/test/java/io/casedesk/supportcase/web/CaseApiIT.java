package io.casedesk.supportcase.web;

import static io.casedesk.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.SupportCaseProcess;

/**
 * The case API of API.md against the running application on a real PostgreSQL: every status code,
 * the P4 and MPOC rules, idempotent retries, organization isolation and problem responses that change
 * nothing.
 */
@PostgresIntegrationTest
class CaseApiIT {


    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    ApiClient api;
    ApiClient alice;
    ApiClient noc;
    ApiClient bob;
    ApiClient maria;
    ApiClient l1;

    @BeforeEach
    void clients() {
        api = ApiClient.onPort(port);
        alice = api.as("alice.morgan@acme.example", "demo");
        noc = api.as("noc@acme.example", "demo");
        bob = api.as("bob.chen@acme.example", "demo");
        maria = api.as("maria.paredes@andes.example", "demo");
        l1 = api.as("l1", "demo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static String portalCase(String subject) {
        return """
                {"channel":"PORTAL","type":"INCIDENT","productLine":"MICROSOFT_TEAMS","subject":"%s",
                 "description":"Calls drop when transferring to the queue","priority":"P1",
                 "details":{"extension":"2041","direction":"INBOUND","counterpartNumber":"+15551234567",
                            "occurredAt":"2026-03-06T15:10:00-07:00"}}""".formatted(subject);
    }

    long caseRows() {
        return jdbc.queryForObject("select count(*) from support_case", Long.class);
    }

    long processInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SupportCaseProcess.PROCESS_ID)
                .count() + engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processDefinitionKey(SupportCaseProcess.PROCESS_ID).completed().count();
    }

    String open(ApiClient client, String subject) {
        Response created = client.post("/api/cases", portalCase(subject));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().path("number").asText();
    }

    String closedCase() {
        String number = open(alice, "To be closed");
        AgentActions agents = new AgentActions(engine);
        agents.triage(number);
        agents.work(number, Map.of("workAction", "CLOSE", "closingNote", "Fixed and tested."));
        return number;
    }

    @Nested
    class Authentication {

        @Test
        void requestWithoutCredentialsGets401WithABasicChallenge() {
            Response response = api.get("/api/cases");

            assertProblem(response, 401, "HTTP Basic");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Casedesk\"");
        }

        @Test
        void wrongPasswordGets401() {
            // a contact no other test signs in as: Camunda delays the next logins of a user after a wrong password
            assertProblem(api.as("finanzas@tico.example", "guess").get("/api/cases"), 401, "Sign in");
        }

        @Test
        void engineRestNeedsAStaffLogin() {
            assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
            assertProblem(alice.get("/engine-rest/task"), 403, "/engine-rest/task");
            assertThat(l1.get("/engine-rest/task").status()).isEqualTo(200);
        }

        @Test
        void metricsAreForStaff() {
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/actuator/metrics").status()).isEqualTo(401);
            assertThat(alice.get("/actuator/metrics").status()).isEqualTo(403);
            // a counter that exists from the start (the gauges that count rows are first read a second later)
            assertThat(l1.get("/actuator/metrics/casedesk.sla.breaches").status()).isEqualTo(200);
        }

        @Test
        void apiDocumentationIsPublished() {
            Response docs = api.get("/v3/api-docs");

            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.json().path("paths").has("/api/cases")).isTrue();
        }
    }

    @Nested
    class OpeningCases {

        @Test
        void contactOpensAPortalCaseThatStartsAtP4WhateverTheBodySays() {
            long processesBefore = processInstances();

            Response created = alice.post("/api/cases", portalCase("Calls drop when transferring"));

            assertThat(created.status()).isEqualTo(201);
            JsonNode body = created.json();
            String number = body.path("number").asText();
            assertThat(number).matches("CS-\\d{6}");
            assertThat(created.header("Location")).isEqualTo("/api/cases/" + number);
            assertThat(body.path("organization").asText()).isEqualTo("ACME");
            assertThat(body.path("status").asText()).isEqualTo("NEW");
            assertThat(body.path("priority").asText()).isEqualTo("P4");
            assertThat(body.path("channel").asText()).isEqualTo("PORTAL");
            assertThat(body.path("details").path("extension").asText()).isEqualTo("2041");
            assertThat(OffsetDateTime.parse(body.path("openedAt").asText()).getOffset().getTotalSeconds())
                    .as("shown in the organization's time zone").isIn(-7 * 3600, -6 * 3600);
            assertThat(body.path("closedAt").isNull()).isTrue();
            assertThat(body.path("sla").path("breaches").isArray()).isTrue();
            JsonNode history = body.path("history");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).path("from").isNull()).isTrue();
            assertThat(history.get(0).path("to").asText()).isEqualTo("NEW");
            assertThat(history.get(0).path("actor").asText()).isEqualTo("alice.morgan@acme.example");
            assertThat(history.get(0).path("reason").asText()).contains("requested P1", "P4 until triaged");
            assertThat(processInstances()).isEqualTo(processesBefore + 1);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                    .processDefinitionKey(SupportCaseProcess.PROCESS_ID).count())
                    .isOne();
        }

        @Test
        void agentTakingACallMaySetThePriority() {
            Response created = l1.post("/api/cases", """
                    {"organization":"ACME","contactEmail":"noc@acme.example","channel":"PHONE","type":"INCIDENT",
                     "productLine":"NETWORK","subject":"Site down","description":"Circuit down at HQ","priority":"P1"}""");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("priority").asText()).isEqualTo("P1");
            assertThat(created.json().path("reporter").asText()).isEqualTo("noc@acme.example");
        }

        @Test
        void agentEnteringAnEmailCaseStillOpensItAtP4() {
            Response created = l1.post("/api/cases", """
                    {"organization":"ACME","contactEmail":"noc@acme.example","channel":"EMAIL","type":"INCIDENT",
                     "subject":"Fax","description":"Fax fails","priority":"P2"}""");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("priority").asText()).isEqualTo("P4");
        }

        @Test
        void contactWithoutAnMpocRoleMayNotOpenCases() {
            long before = caseRows();

            Response refused = bob.post("/api/cases", portalCase("Invoice question"));

            assertProblem(refused, 403, "not a designated contact (MPOC) of ACME");
            assertThat(refused.detail()).contains("Alice Morgan");
            assertThat(caseRows()).isEqualTo(before);
        }

        @Test
        void agentMayNotOpenACaseInTheNameOfANonMpoc() {
            assertProblem(l1.post("/api/cases", """
                    {"organization":"ACME","contactEmail":"bob.chen@acme.example","channel":"PHONE","type":"INCIDENT",
                     "subject":"x","description":"y"}"""), 403, "bob.chen@acme.example");
        }

        @Test
        void unknownOrganizationIs404() {
            assertProblem(l1.post("/api/cases", """
                    {"organization":"NOPE","contactEmail":"noc@acme.example","channel":"PHONE","type":"INCIDENT",
                     "subject":"x","description":"y"}"""), 404, "NOPE");
        }

        @Test
        void contactCannotOpenACaseForAnotherOrganization() {
            assertProblem(alice.post("/api/cases", """
                    {"organization":"ANDES","channel":"PORTAL","type":"INCIDENT","subject":"x","description":"y"}"""),
                    404, "ANDES");
        }

        @Test
        void malformedJsonIs400AndCreatesNothing() {
            long cases = caseRows();
            long processes = processInstances();

            assertProblem(alice.post("/api/cases", "{\"type\":\"INCIDENT\", \"subject\": "), 400, "not valid JSON");

            assertThat(caseRows()).isEqualTo(cases);
            assertThat(processInstances()).isEqualTo(processes);
        }

        @Test
        void unknownEnumValueIs400AndListsTheAllowedValues() {
            assertProblem(alice.post("/api/cases", """
                    {"type":"OUTAGE","subject":"x","description":"y"}"""), 400, "INCIDENT, SERVICE_REQUEST, MACD, INFORMATION");
        }

        @Test
        void missingSubjectIs400AndNamesTheField() {
            Response response = alice.post("/api/cases", """
                    {"type":"INCIDENT","description":"y"}""");

            assertProblem(response, 400, "subject");
            assertThat(response.json().path("errors").toString()).contains("subject");
        }

        @Test
        void unknownProductLineIs400() {
            assertProblem(alice.post("/api/cases", """
                    {"type":"INCIDENT","productLine":"TELEX","subject":"x","description":"y"}"""), 400, "MICROSOFT_TEAMS");
        }

        @Test
        void p1gIsReservedForMasterCases() {
            assertProblem(l1.post("/api/cases", """
                    {"organization":"ACME","contactEmail":"noc@acme.example","channel":"PHONE","type":"INCIDENT",
                     "subject":"x","description":"y","priority":"P1G"}"""), 400, "P1G");
        }

        @Test
        void oversizedBodyIs413AndCreatesNothing() {
            long before = caseRows();
            String huge = "x".repeat(300 * 1024);

            Response response = alice.post("/api/cases",
                    "{\"type\":\"INCIDENT\",\"subject\":\"big\",\"description\":\"" + huge + "\"}");

            assertProblem(response, 413, "larger than");
            assertThat(caseRows()).isEqualTo(before);
        }

        @Test
        void retryWithTheSameIdempotencyKeyReturnsTheCaseAlreadyCreated() {
            String key = UUID.randomUUID().toString();
            long before = caseRows();

            Response first = alice.post("/api/cases", portalCase("Retry me"), "Idempotency-Key", key);
            Response retry = alice.post("/api/cases", portalCase("Retry me"), "Idempotency-Key", key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.json().path("number").asText()).isEqualTo(first.json().path("number").asText());
            assertThat(caseRows()).isEqualTo(before + 1);
        }

        @Test
        void reusingAnIdempotencyKeyForADifferentCaseIs422() {
            String key = UUID.randomUUID().toString();
            alice.post("/api/cases", portalCase("First"), "Idempotency-Key", key);

            assertProblem(alice.post("/api/cases", portalCase("Second"), "Idempotency-Key", key), 422, key);
        }

        @Test
        void caseRowAndProcessInstanceAreCreatedTogetherOrNotAtAll() {
            long cases = caseRows();
            long processes = processInstances();
            engine.getRepositoryService().suspendProcessDefinitionByKey("SupportCaseProcess");
            try {
                Response failed = alice.post("/api/cases", portalCase("Engine refuses to start"));

                assertProblem(failed, 500, "nothing was changed");
                assertThat(caseRows()).isEqualTo(cases);
                assertThat(processInstances()).isEqualTo(processes);
            } finally {
                engine.getRepositoryService().activateProcessDefinitionByKey("SupportCaseProcess");
            }
        }
    }

    @Nested
    class ReadingCases {

        @Test
        void contactSeesItsOwnOrganizationsCaseAndAnotherOrganizationsCaseIs404() {
            String number = open(alice, "Mine");

            assertThat(noc.get("/api/cases/" + number).status()).isEqualTo(200);
            assertThat(bob.get("/api/cases/" + number).status()).as("non-MPOC contact of ACME may read").isEqualTo(200);
            assertProblem(maria.get("/api/cases/" + number), 404, number);
            assertThat(l1.get("/api/cases/" + number).json().path("number").asText()).isEqualTo(number);
        }

        @Test
        void unknownOrMalformedCaseNumberIs404() {
            assertProblem(l1.get("/api/cases/CS-999999999"), 404, "CS-999999999");
            assertProblem(l1.get("/api/cases/banana"), 404, "banana");
        }

        @Test
        void listIsNewestFirstFilteredAndPaged() {
            String older = open(alice, "Older");
            String newer = open(alice, "Newer");

            Response page = alice.get("/api/cases?status=NEW&priority=P4&page=0&size=2");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("items")).hasSize(2);
            assertThat(page.json().path("items").get(0).path("number").asText()).isEqualTo(newer);
            assertThat(page.json().path("items").get(1).path("number").asText()).isEqualTo(older);
            assertThat(page.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(page.json().path("size").asInt()).isEqualTo(2);
        }

        @Test
        void contactsListOnlyTheirOwnOrganization() {
            open(maria, "Caso de Andes");
            open(alice, "Case of Acme");

            Response list = alice.get("/api/cases?size=100");

            assertThat(list.json().path("items").findValuesAsText("organization")).containsOnly("ACME");
            assertProblem(alice.get("/api/cases?organization=ANDES"), 404, "ANDES");
            assertThat(l1.get("/api/cases?organization=ANDES&size=100").json().path("items")
                    .findValuesAsText("organization")).containsOnly("ANDES");
        }

        @Test
        void invalidListParametersAre400() {
            assertProblem(l1.get("/api/cases?status=SLEEPING"), 400, "NEW, IN_PROGRESS");
            assertProblem(l1.get("/api/cases?size=1000"), 400, "size");
            assertProblem(l1.get("/api/cases?page=-1"), 400, "page");
        }

        @Test
        void organizationShowsItsContactsAndRolesToItsOwnContactsOnly() {
            Response acme = alice.get("/api/organizations/ACME");

            assertThat(acme.status()).isEqualTo(200);
            assertThat(acme.json().path("timeZone").asText()).isEqualTo("America/Denver");
            assertThat(acme.json().path("slaPlan").asText()).isEqualTo("PRIORITY_MATRIX");
            assertThat(acme.json().path("contacts").findValuesAsText("email"))
                    .contains("alice.morgan@acme.example", "noc@acme.example", "bob.chen@acme.example");
            assertThat(acme.json().path("contacts").get(0).path("roles").toString()).contains("MPOC_PRIMARY");
            assertProblem(alice.get("/api/organizations/ANDES"), 404, "ANDES");
            assertThat(l1.get("/api/organizations/ANDES").json().path("locale").asText()).isEqualTo("es-EC");
        }
    }

    @Nested
    class Conversation {

        @Test
        void contactCommentIsPublicAndAgentNotesStayInternal() {
            String number = open(alice, "Conversation");

            Response comment = alice.post("/api/cases/" + number + "/comments", """
                    {"body":"It happens every morning","public":false}""");
            Response note = l1.post("/api/cases/" + number + "/comments", """
                    {"body":"Customer is on firmware 4.2","public":false}""");

            assertThat(comment.status()).isEqualTo(201);
            assertThat(comment.json().path("public").asBoolean()).as("a contact's comment is always public").isTrue();
            assertThat(comment.json().path("authorType").asText()).isEqualTo("CONTACT");
            assertThat(note.status()).isEqualTo(201);
            assertThat(alice.get("/api/cases/" + number + "/comments").json().findValuesAsText("body"))
                    .containsExactly("It happens every morning");
            assertThat(l1.get("/api/cases/" + number + "/comments").json().findValuesAsText("body"))
                    .containsExactly("It happens every morning", "Customer is on firmware 4.2");
        }

        @Test
        void notificationsAreRecordedWithoutAMailServerAndVisibleToTheOrganization() {
            String number = open(alice, "Recorded notification");

            Response notifications = noc.get("/api/cases/" + number + "/notifications");

            assertThat(notifications.status()).isEqualTo(200);
            assertThat(notifications.json().findValuesAsText("recipient"))
                    .containsExactlyInAnyOrder("alice.morgan@acme.example", "noc@acme.example");
            assertThat(notifications.json().findValuesAsText("status")).containsOnly("RECORDED");
            assertThat(notifications.json().get(0).path("subject").asText())
                    .isEqualTo("[" + number + "] Case received: Recorded notification");
            assertProblem(maria.get("/api/cases/" + number + "/notifications"), 404, number);
        }

        @Test
        void emptyCommentIs400() {
            String number = open(alice, "Empty comment");

            assertProblem(alice.post("/api/cases/" + number + "/comments", "{\"body\":\"  \"}"), 400, "body");
        }

        @Test
        void customerReplyAnswersTheAgentsQuestion() {
            String number = open(alice, "Which extension");
            AgentActions agents = new AgentActions(engine);
            agents.triage(number);
            agents.work(number, Map.of("workAction", "ASK_CUSTOMER", "question", "Which extension?"));
            assertThat(alice.get("/api/cases/" + number).json().path("waitingForCustomerSince").isNull()).isFalse();

            alice.post("/api/cases/" + number + "/comments", "{\"body\":\"2041\"}");

            assertThat(alice.get("/api/cases/" + number).json().path("waitingForCustomerSince").isNull()).isTrue();
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey("Task_WorkCase").count()).isOne();
        }
    }

    @Nested
    class Reopening {

        @Test
        void reopenWithinSevenDaysIs200AndCustomerReopened() {
            String number = closedCase();
            ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(6 * 24 * 3600)));

            Response reopened = alice.post("/api/cases/" + number + "/reopen", "{\"reason\":\"Broken again\"}");

            assertThat(reopened.status()).isEqualTo(200);
            assertThat(reopened.json().path("status").asText()).isEqualTo("CUSTOMER_REOPENED");
            assertThat(reopened.json().path("closedAt").isNull()).isTrue();
        }

        @Test
        void reopenAfterSevenDaysIs201WithANewRelatedCase() {
            String number = closedCase();
            ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(8 * 24 * 3600)));

            Response reopened = alice.post("/api/cases/" + number + "/reopen", "{\"reason\":\"Broken again\"}");

            assertThat(reopened.status()).isEqualTo(201);
            String newNumber = reopened.json().path("number").asText();
            assertThat(newNumber).isNotEqualTo(number);
            assertThat(reopened.header("Location")).isEqualTo("/api/cases/" + newNumber);
            assertThat(reopened.json().path("relatedCase").asText()).isEqualTo(number);
            assertThat(reopened.json().path("priority").asText()).isEqualTo("P4");
            assertThat(alice.get("/api/cases/" + number).json().path("status").asText()).isEqualTo("CLOSED");
        }

        @Test
        void anyContactMayReopenWithinTheWindowButOnlyAnMpocOpensAFollowUpCase() {
            String number = closedCase();

            assertThat(bob.post("/api/cases/" + number + "/reopen", "{\"reason\":\"Again\"}").status()).isEqualTo(200);
            new AgentActions(engine).work(number, Map.of("workAction", "CLOSE", "closingNote", "Fixed again."));
            ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(8 * 24 * 3600)));

            assertProblem(bob.post("/api/cases/" + number + "/reopen", "{\"reason\":\"Again\"}"), 403, "MPOC");
            assertThat(alice.post("/api/cases/" + number + "/reopen", "{\"reason\":\"Again\"}").status()).isEqualTo(201);
        }

        @Test
        void reopeningACaseThatIsNotClosedIs409AndChangesNothing() {
            String number = open(alice, "Still open");

            assertProblem(alice.post("/api/cases/" + number + "/reopen", "{\"reason\":\"?\"}"), 409, "not closed");
            assertThat(alice.get("/api/cases/" + number).json().path("status").asText()).isEqualTo("NEW");
        }

        @Test
        void commentOnAClosedCaseIs409AndPointsToReopen() {
            String number = closedCase();

            assertProblem(alice.post("/api/cases/" + number + "/comments", "{\"body\":\"hello\"}"), 409, "reopen");
        }

        @Test
        void customerConfirmsTheResolution() {
            String number = open(alice, "Resolution");
            AgentActions agents = new AgentActions(engine);
            agents.triage(number);
            agents.work(number, Map.of("workAction", "RESOLVE", "resolutionNote", "Restarted the service."));

            Response confirmed = alice.post("/api/cases/" + number + "/resolution", "{\"confirmed\":true}");

            assertThat(confirmed.status()).isEqualTo(200);
            assertThat(confirmed.json().path("status").asText()).isEqualTo("CLOSED");
            assertProblem(alice.post("/api/cases/" + number + "/resolution", "{\"confirmed\":true}"), 409, "CLOSED");
        }
    }

    @Nested
    class SlaAndEscalation {

        @Test
        void theSlaBlockShowsTheDueTimesAndTheEtrOfThePlan() {
            String number = open(alice, "SLA block");
            AgentActions agents = new AgentActions(engine);
            agents.complete(number, "l1", "support-l1", Map.of("priority", "P2", "caseType", "SERVICE_REQUEST",
                    "productLine", "MICROSOFT_TEAMS", "assignedGroup", "support-l2", "markAsDuplicate", false));
            JsonNode triaged = alice.get("/api/cases/" + number).json();
            OffsetDateTime opened = OffsetDateTime.parse(triaged.path("openedAt").asText());

            assertThat(OffsetDateTime.parse(triaged.path("sla").path("initialResponseDue").asText()))
                    .isEqualTo(opened.plusMinutes(30));
            assertThat(OffsetDateTime.parse(triaged.path("sla").path("initialResponseDue").asText()).getOffset())
                    .as("in Denver time").isEqualTo(opened.getOffset());

            agents.work(number, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Working on it.",
                    "etr", "2027-01-15T12:00:00-07:00"));
            JsonNode updated = alice.get("/api/cases/" + number).json();

            assertThat(updated.path("sla").path("initialResponseDue").isNull()).isTrue();
            assertThat(OffsetDateTime.parse(updated.path("etr").asText()).toInstant())
                    .isEqualTo(Instant.parse("2027-01-15T19:00:00Z"));
            assertThat(OffsetDateTime.parse(updated.path("sla").path("nextUpdateDue").asText()).toInstant())
                    .isEqualTo(Instant.parse("2027-01-15T19:00:00Z"));
        }

        @Test
        void customerEscalationIs202RaisesOneLevelAndShowsInTheHistory() {
            String number = open(alice, "Escalate me");

            Response first = noc.post("/api/cases/" + number + "/escalations", "{\"reason\":\"No answer for hours\"}");
            Response repeat = alice.post("/api/cases/" + number + "/escalations", "{\"reason\":\"Hello?\"}");

            assertThat(first.status()).isEqualTo(202);
            assertThat(first.json().path("level").asInt()).isEqualTo(1);
            assertThat(first.json().path("result").asText()).isEqualTo("RAISED");
            assertThat(repeat.status()).isEqualTo(202);
            assertThat(repeat.json().path("level").asInt()).isEqualTo(1);
            assertThat(repeat.json().path("result").asText()).isEqualTo("ALREADY_RAISED");
            assertThat(alice.get("/api/cases/" + number).json().path("history").findValuesAsText("reason"))
                    .anyMatch(reason -> reason.startsWith("Escalated to level 1") && reason.endsWith("No answer for hours"));
            assertThat(l1.get("/api/cases/" + number + "/notifications").json().findValuesAsText("recipient"))
                    .contains("support-lead@casedesk.example");
        }

        @Test
        void escalationRequestsAreCheckedAndChangeNothingWhenRefused() {
            String number = open(alice, "Refused escalations");

            assertProblem(alice.post("/api/cases/" + number + "/escalations", "{\"reason\":\" \"}"), 400, "reason");
            assertProblem(alice.post("/api/cases/" + number + "/escalations", "{\"reason\":"), 400, "");
            assertProblem(maria.post("/api/cases/" + number + "/escalations", "{\"reason\":\"x\"}"), 404, number);
            assertThat(api.post("/api/cases/" + number + "/escalations", "{\"reason\":\"x\"}").status()).isEqualTo(401);
            assertThat(alice.get("/api/cases/" + number).json().path("history").findValuesAsText("reason"))
                    .noneMatch(reason -> reason.contains("scalat"));
            assertProblem(alice.post("/api/cases/" + closedCase() + "/escalations", "{\"reason\":\"x\"}"), 409, "reopen");
        }
    }
}
