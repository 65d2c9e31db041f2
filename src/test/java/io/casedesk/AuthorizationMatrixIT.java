package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.notification.NotificationKind;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PortalVisitor;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * Who may call each {@code /api} endpoint, on PostgreSQL: anonymous callers, an MPOC of another organization,
 * a contact of the organization who is not an MPOC, an MPOC of the organization, and an agent. Every endpoint
 * the application serves under {@code /api} must have a row here, so a new endpoint cannot ship without its
 * authorization being decided. The mails a case lists are checked for what each caller may read.
 */
@PostgresIntegrationTest
class AuthorizationMatrixIT {

    /** The five callers of the matrix. */
    enum Who {
        ANONYMOUS, OTHER_ORGANIZATION_MPOC, OWN_NON_MPOC, OWN_MPOC, AGENT
    }

    /** What a caller gets from an endpoint. */
    enum Access {
        /** 401: sign in first. */
        UNAUTHENTICATED,
        /** 403: signed in, but not allowed. */
        DENIED,
        /** 404: the resource belongs to somebody else and is not admitted to exist. */
        HIDDEN,
        /** Let through: a success, or a business answer (400, 409, 410, 422) about the request itself. */
        ALLOWED;

        static Access of(int status) {
            return switch (status) {
                case 401 -> UNAUTHENTICATED;
                case 403 -> DENIED;
                case 404 -> HIDDEN;
                default -> ALLOWED;
            };
        }
    }

    /** How the engine's REST API writes dates, e.g. {@code 2026-03-06T15:10:00.000+0000}. */
    private static final DateTimeFormatter ENGINE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Access U = Access.UNAUTHENTICATED;
    private static final Access D = Access.DENIED;
    private static final Access H = Access.HIDDEN;
    private static final Access A = Access.ALLOWED;

    /**
     * An endpoint's call and who may make it; {@code portal} is the same action on a portal page, which must answer
     * each contact as the API does (one rule for both).
     */
    private record Row(Function<ApiClient, Response> call, Map<Who, Access> expected,
            Function<PortalVisitor, HttpResponse<String>> portal) {

        Row inPortal(Function<PortalVisitor, HttpResponse<String>> page) {
            return new Row(call, expected, page);
        }
    }

    /** What a portal page answered, in the matrix's terms: a redirect to the sign-in page asks to sign in. */
    private static Access portalAccess(HttpResponse<String> response) {
        if (response.statusCode() == 302) {
            return response.headers().firstValue("Location").orElse("").contains("/portal/login")
                    ? Access.UNAUTHENTICATED : Access.ALLOWED;
        }
        return Access.of(response.statusCode());
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Who, ApiClient> callers = new EnumMap<>(Who.class);
    private ApiClient operator;
    private ApiClient manager;

    @BeforeEach
    void clients() {
        ApiClient api = ApiClient.onPort(port);
        callers.put(Who.ANONYMOUS, api);
        callers.put(Who.OTHER_ORGANIZATION_MPOC, api.as("maria.paredes@andes.example", "demo"));
        callers.put(Who.OWN_NON_MPOC, api.as("bob.chen@acme.example", "demo"));
        callers.put(Who.OWN_MPOC, api.as("alice.morgan@acme.example", "demo"));
        callers.put(Who.AGENT, api.as("l1", "demo"));
        operator = api.as("operator", "demo");
        manager = api.as("manager", "demo");
    }

    @Test
    void everyApiEndpointAnswersEachCallerAsDecided() {
        String acmeCase = created(callers.get(Who.OWN_MPOC).post("/api/cases", """
                {"type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"No inbound audio",
                 "description":"Calls connect but the caller is not heard"}"""));
        String incident = created(callers.get(Who.OWN_MPOC).post("/api/cases", """
                {"type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"SBC fails",
                 "description":"The SBC restarts every hour",
                 "details":{"extension":"2041","direction":"INBOUND","counterpartNumber":"+15551234567",
                            "occurredAt":"2026-03-06T15:10:00-07:00"}}"""));
        new AgentActions(engine).planFieldVisit(incident);
        String macd = created(callers.get(Who.OWN_NON_MPOC).post("/api/cases", """
                {"type":"MACD","productLine":"CLOUD_PBX","subject":"New user for the front desk",
                 "description":"Please activate Dana Ruiz",
                 "details":{"task":"NEW_ACTIVATION","expedited":false,"accountId":"ACME-0042","userName":"Dana Ruiz",
                            "extension":"2107","directNumber":"yes","extensionType":"SIP","ringGroup":"Front desk"}}"""));
        long attachment = attach(acmeCase);
        String announcement = """
                {"title":"Emergency SBC patch","description":"Security patch of the session border controllers",
                 "justification":"Vendor advisory","productLines":["SIP_TRUNKING"],"serviceImpact":true,
                 "startsAt":"2030-01-10T03:00:00Z","endsAt":"2030-01-10T04:00:00Z"}""";
        Response window = operator.post("/api/maintenance", announcement);
        long maintenance = window.json().path("id").asLong();
        assertThat(window.status()).as(window.raw().body()).isEqualTo(201);
        String master = created(manager.post("/api/master-cases", """
                {"subject":"SIP trunks down in Denver","description":"Calls fail for several customers",
                 "productLine":"SIP_TRUNKING"}"""));

        Map<String, Row> matrix = new LinkedHashMap<>();
        String c = "/api/cases/" + acmeCase;
        matrix.put("GET /api/organizations", row(api -> api.get("/api/organizations"), U, A, A, A, A));
        matrix.put("GET /api/organizations/{code}", row(api -> api.get("/api/organizations/ACME"), U, H, A, A, A));
        jdbc.update("insert into invoice (number, organization_code, period, issued_at, currency, total, language) "
                + "values ('INV-2026-03-ACME', 'ACME', '2026-03', now(), 'USD', 0.00, 'en') on conflict do nothing");
        matrix.put("GET /api/organizations/{code}/invoices",
                row(api -> api.get("/api/organizations/ACME/invoices"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/invoices/{number} [application/json]",
                row(api -> api.get("/api/organizations/ACME/invoices/INV-2026-03-ACME"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/invoices/{number} [application/pdf]",
                row(api -> api.get("/api/organizations/ACME/invoices/INV-2026-03-ACME", "application/pdf"), U, H, A, A, A));
        Response project = manager.post("/api/projects", """
                {"organization":"ACME","productLine":"MICROSOFT_TEAMS","title":"Matrix rollout","plan":"One site"}""");
        assertThat(project.status()).as(project.raw().body()).isEqualTo(201);
        String projectPath = "/api/projects/" + project.json().path("id").asText();
        matrix.put("POST /api/projects", row(api -> api.post("/api/projects", """
                {"organization":"ACME","productLine":"MICROSOFT_TEAMS","title":"x","plan":"y"}"""), U, D, D, D, D));
        matrix.put("GET /api/projects", row(api -> api.get("/api/projects?organization=ACME"), U, H, A, A, A));
        matrix.put("GET /api/projects/{id}", row(api -> api.get(projectPath), U, H, A, A, A));
        matrix.put("POST /api/projects/{id}/sign-off",
                row(api -> api.post(projectPath + "/sign-off", "{\"accepted\":true}"), U, H, D, A, D));
        matrix.put("GET /api/organizations/{code}/monitored-agents",
                row(api -> api.get("/api/organizations/ACME/monitored-agents"), U, H, A, A, A));
        matrix.put("PUT /api/organizations/{code}/monitored-agents/{source}", row(api -> api.send("PUT",
                "/api/organizations/ACME/monitored-agents/matrix-router", "application/json",
                "{\"productLine\":\"NETWORK\"}"), U, D, D, D, D));
        matrix.put("DELETE /api/organizations/{code}/monitored-agents/{source}", row(api -> api.send("DELETE",
                "/api/organizations/ACME/monitored-agents/matrix-router", null, null), U, D, D, D, D));
        matrix.put("GET /api/organizations/{code}/sla-reports/{month} [application/json]",
                row(api -> api.get("/api/organizations/ACME/sla-reports/2026-03"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/sla-reports/{month} [text/csv]",
                row(api -> api.get("/api/organizations/ACME/sla-reports/2026-03", "text/csv"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/sla-reports/{month} [application/pdf]",
                row(api -> api.get("/api/organizations/ACME/sla-reports/2026-03", "application/pdf"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/billing/months",
                row(api -> api.get("/api/organizations/ACME/billing/months"), U, H, A, A, A));
        // the Solutions Center: every signed-in caller reads published articles; staff write them
        matrix.put("GET /api/articles", row(api -> api.get("/api/articles?q=password"), U, A, A, A, A));
        matrix.put("GET /api/articles/{slug}", row(api -> api.get("/api/articles/create-a-user"), U, A, A, A, A));
        matrix.put("PUT /api/articles/{slug}/{language}", row(api -> api.send("PUT", "/api/articles/matrix-check/en",
                "application/json", "{\"title\":\"Matrix\",\"body\":\"Who may write\"}"), U, D, D, D, A));
        matrix.put("DELETE /api/articles/{slug}/{language}",
                row(api -> api.send("DELETE", "/api/articles/matrix-check/en", null, null), U, D, D, D, A));
        matrix.put("GET /api/organizations/{code}/billing [application/json]",
                row(api -> api.get("/api/organizations/ACME/billing?month=2026-03"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/billing [text/csv]",
                row(api -> api.get("/api/organizations/ACME/billing?month=2026-03", "text/csv"), U, H, A, A, A));
        matrix.put("GET /api/organizations/{code}/billing.csv",
                row(api -> api.get("/api/organizations/ACME/billing.csv?month=2026-03"), U, H, A, A, A));
        matrix.put("POST /api/cases", row(api -> api.post("/api/cases", """
                {"organization":"ACME","contactEmail":"alice.morgan@acme.example","type":"INCIDENT",
                 "productLine":"SIP_TRUNKING","subject":"Opened by the matrix","description":"Who may open it"}"""),
                U, H, D, A, A));
        matrix.put("GET /api/cases", row(api -> api.get("/api/cases?size=5"), U, A, A, A, A));
        matrix.put("GET /api/cases/{number}", row(api -> api.get(c), U, H, A, A, A)
                .inPortal(page -> page.get("/portal/cases/" + acmeCase)));
        matrix.put("POST /api/cases/{number}/comments",
                row(api -> api.post(c + "/comments", "{\"body\":\"Any news?\"}"), U, H, A, A, A)
                        .inPortal(page -> page.post("/portal/cases/" + acmeCase + "/comments", Map.of("body", "Any news?"))));
        matrix.put("GET /api/cases/{number}/comments", row(api -> api.get(c + "/comments"), U, H, A, A, A));
        matrix.put("GET /api/cases/{number}/attachments", row(api -> api.get(c + "/attachments"), U, H, A, A, A));
        matrix.put("GET /api/cases/{number}/attachments/{id}",
                row(api -> api.get(c + "/attachments/" + attachment), U, H, A, A, A)
                        .inPortal(page -> page.get("/portal/cases/" + acmeCase + "/files/" + attachment)));
        matrix.put("POST /api/cases/{number}/reopen",
                row(api -> api.post(c + "/reopen", "{\"reason\":\"Still broken\"}"), U, H, A, A, A)
                        .inPortal(page -> page.post("/portal/cases/" + acmeCase + "/reopen", Map.of("reason", "Still broken"))));
        matrix.put("POST /api/cases/{number}/resolution",
                row(api -> api.post(c + "/resolution", "{\"confirmed\":true}"), U, H, A, A, A));
        matrix.put("GET /api/cases/{number}/notifications", row(api -> api.get(c + "/notifications"), U, H, A, A, A));
        matrix.put("POST /api/cases/{number}/escalations",
                row(api -> api.post(c + "/escalations", "{\"reason\":\"Nobody answers\"}"), U, H, A, A, A)
                        .inPortal(page -> page.post("/portal/cases/" + acmeCase + "/escalations",
                                Map.of("reason", "Nobody answers"))));
        matrix.put("GET /api/cases/{number}/macd", row(api -> api.get("/api/cases/" + macd + "/macd"), U, H, A, A, A));
        matrix.put("POST /api/cases/{number}/macd/approval", row(api -> api.post("/api/cases/" + macd + "/macd/approval",
                "{\"decision\":\"APPROVE\"}"), U, H, D, A, D)
                .inPortal(page -> page.post("/portal/cases/" + macd + "/macd/approval", Map.of("approve", "true"))));
        matrix.put("GET /api/cases/{number}/incident",
                row(api -> api.get("/api/cases/" + incident + "/incident"), U, H, A, A, A));
        matrix.put("POST /api/cases/{number}/dispatch/on-site",
                row(api -> api.post("/api/cases/" + incident + "/dispatch/on-site", "{}"), U, D, D, D, A));
        matrix.put("POST /api/cases/{number}/dispatch/work-done",
                row(api -> api.post("/api/cases/" + incident + "/dispatch/work-done", "{\"result\":\"Replaced the power supply\"}"),
                        U, D, D, D, A));
        matrix.put("POST /api/cases/{number}/master",
                row(api -> api.post(c + "/master", "{\"masterCase\":\"" + master + "\"}"), U, D, D, D, D));
        matrix.put("POST /api/master-cases", row(api -> api.post("/api/master-cases", """
                {"subject":"x","description":"y","productLine":"SIP_TRUNKING"}"""), U, D, D, D, D));
        matrix.put("GET /api/master-cases", row(api -> api.get("/api/master-cases"), U, A, A, A, A));
        matrix.put("GET /api/master-cases/{number}", row(api -> api.get("/api/master-cases/" + master), U, A, A, A, A));
        matrix.put("POST /api/master-cases/{number}/updates",
                row(api -> api.post("/api/master-cases/" + master + "/updates", "{\"message\":\"Working on it\"}"),
                        U, D, D, D, D));
        matrix.put("POST /api/master-cases/{number}/resolution",
                row(api -> api.post("/api/master-cases/" + master + "/resolution", "{\"message\":\"Fixed\"}"),
                        U, D, D, D, D));
        matrix.put("GET /api/maintenance", row(api -> api.get("/api/maintenance"), U, A, A, A, A));
        matrix.put("GET /api/maintenance/{id}", row(api -> api.get("/api/maintenance/" + maintenance), U, A, A, A, A));
        matrix.put("POST /api/maintenance", row(api -> api.post("/api/maintenance", announcement), U, D, D, D, D));
        matrix.put("POST /api/maintenance/{id}/reschedule", row(api -> api.post("/api/maintenance/" + maintenance
                + "/reschedule", "{\"startsAt\":\"2030-01-11T03:00:00Z\",\"endsAt\":\"2030-01-11T04:00:00Z\","
                + "\"reason\":\"x\"}"), U, D, D, D, D));
        matrix.put("POST /api/maintenance/{id}/cancel",
                row(api -> api.post("/api/maintenance/" + maintenance + "/cancel", "{\"reason\":\"x\"}"), U, D, D, D, D));
        matrix.put("GET /api/sla/preview",
                row(api -> api.get("/api/sla/preview?organization=ACME&priority=P1&type=INCIDENT"), U, H, A, A, A));
        matrix.put("GET /api/status", row(api -> api.get("/api/status"), A, A, A, A, A));
        // onboarding belongs to administrators (camunda-admin, customer-admins): no contact, no agent
        String organization = """
                {"code":"MATRIX","name":"Matrix Ltd","locale":"en-US","timeZone":"America/Denver",
                 "slaPlan":"PRIORITY_MATRIX","calendar":"business-mt"}""";
        String contact = "{\"email\":\"neo@matrix.example\",\"name\":\"Neo\",\"roles\":[\"MPOC_PRIMARY\"]}";
        matrix.put("POST /api/organizations", row(api -> api.post("/api/organizations", organization), U, D, D, D, D));
        matrix.put("PUT /api/organizations/{code}",
                row(api -> api.send("PUT", "/api/organizations/ACME", "application/json", organization), U, D, D, D, D));
        matrix.put("POST /api/organizations/{code}/contacts",
                row(api -> api.post("/api/organizations/ACME/contacts", contact), U, D, D, D, D));
        matrix.put("PUT /api/organizations/{code}/contacts/{email}", row(api -> api.send("PUT",
                "/api/organizations/ACME/contacts/noc@acme.example", "application/json", "{\"roles\":[]}"), U, D, D, D, D));
        matrix.put("DELETE /api/organizations/{code}/contacts/{email}", row(api -> api.send("DELETE",
                "/api/organizations/ACME/contacts/noc@acme.example", null, null), U, D, D, D, D));
        matrix.put("POST /api/organizations/{code}/contacts/import", row(api -> api.send("POST",
                "/api/organizations/ACME/contacts/import", "text/csv", "email,name,title,phone,roles\n"), U, D, D, D, D));

        assertThat(matrix.keySet()).as("every /api endpoint has a row in the authorization matrix")
                .containsExactlyInAnyOrderElementsOf(apiEndpoints());

        Map<Who, PortalVisitor> visitors = new EnumMap<>(Who.class);
        visitors.put(Who.ANONYMOUS, PortalVisitor.anonymous(port));
        visitors.put(Who.OTHER_ORGANIZATION_MPOC, PortalVisitor.signedIn(port, "maria.paredes@andes.example", "demo"));
        visitors.put(Who.OWN_NON_MPOC, PortalVisitor.signedIn(port, "bob.chen@acme.example", "demo"));
        visitors.put(Who.OWN_MPOC, PortalVisitor.signedIn(port, "alice.morgan@acme.example", "demo"));
        List<String> wrong = new ArrayList<>();
        matrix.forEach((endpoint, row) -> {
            for (Who who : Who.values()) {
                Response response = row.call().apply(callers.get(who));
                Access got = Access.of(response.status());
                if (got != row.expected().get(who)) {
                    wrong.add(endpoint + " as " + who + ": expected " + row.expected().get(who) + ", got "
                            + response.status() + " " + response.raw().body());
                }
            }
            if (row.portal() != null) {
                visitors.forEach((who, visitor) -> {
                    HttpResponse<String> page = row.portal().apply(visitor);
                    if (portalAccess(page) != row.expected().get(who)) {
                        wrong.add(endpoint + " in the portal as " + who + ": expected " + row.expected().get(who)
                                + ", got " + page.statusCode() + " " + page.headers().firstValue("Location").orElse(""));
                    }
                });
            }
        });
        assertThat(matrix.values().stream().filter(row -> row.portal() != null).count())
                .as("the case actions of the portal are checked against the same rows").isEqualTo(6);
        assertThat(PortalVisitor.anonymous(port).post("/portal/login", Map.of("username", "l1", "password", "demo"))
                .headers().firstValue("Location").orElse("")).as("staff sign in to the desk, not the portal")
                .contains("/portal/login?error");
        assertThat(wrong).as("answers that differ from the authorization matrix").isEmpty();
    }

    @Test
    void aContactReadsOnlyTheCustomerMailsOfItsOrganizationAndNoOtherPersonsLinks() {
        String macd = created(callers.get(Who.OWN_NON_MPOC).post("/api/cases", """
                {"type":"MACD","productLine":"CLOUD_PBX","subject":"Reset my voicemail PIN",
                 "description":"Please reset it","details":{"task":"RESET_PASSWORD","expedited":false,
                 "accountId":"ACME-0042","userName":"Bob Chen","extension":"2108"}}"""));

        JsonNode asRequester = callers.get(Who.OWN_NON_MPOC).get("/api/cases/" + macd + "/notifications").json();
        assertThat(kinds(asRequester)).contains(NotificationKind.MACD_RECEIVED.name())
                .doesNotContain(NotificationKind.MACD_APPROVAL.name());
        assertThat(asRequester.toString()).doesNotContain("/macd/approvals/");

        JsonNode asMpoc = callers.get(Who.OWN_MPOC).get("/api/cases/" + macd + "/notifications").json();
        assertThat(kinds(asMpoc)).as("Alice reads her own approval mail").contains(NotificationKind.MACD_APPROVAL.name());
        for (JsonNode mail : asMpoc) {
            if (mail.path("kind").asText().equals(NotificationKind.MACD_APPROVAL.name())) {
                assertThat(mail.path("recipient").asText()).isEqualTo("alice.morgan@acme.example");
                assertThat(mail.path("text").asText()).contains("/macd/approvals/");
            }
        }

        JsonNode asAgent = callers.get(Who.AGENT).get("/api/cases/" + macd + "/notifications").json();
        List<JsonNode> approvals = new ArrayList<>();
        asAgent.forEach(mail -> {
            if (mail.path("kind").asText().equals(NotificationKind.MACD_APPROVAL.name())) {
                approvals.add(mail);
            }
        });
        assertThat(approvals).as("staff see that both MPOCs were asked").hasSize(2)
                .allSatisfy(mail -> assertThat(mail.path("text").asText()).doesNotContain("/macd/approvals/"));

        Response escalated = callers.get(Who.OWN_MPOC).post("/api/cases/" + macd + "/escalations",
                "{\"reason\":\"Urgent for the front desk\"}");
        assertThat(escalated.status()).as(escalated.raw().body()).isEqualTo(202);
        assertThat(kinds(callers.get(Who.AGENT).get("/api/cases/" + macd + "/notifications").json()))
                .contains(NotificationKind.ESCALATION_NOTICE.name());
        for (Who contact : List.of(Who.OWN_NON_MPOC, Who.OWN_MPOC)) {
            assertThat(kinds(callers.get(contact).get("/api/cases/" + macd + "/notifications").json()))
                    .as("staff mails are for staff").doesNotContain(NotificationKind.ESCALATION_NOTICE.name(),
                            NotificationKind.SLA_WARNING.name());
        }
    }

    @Test
    void theAgentsQueueShowsOnlyTheTasksOfTheirGroupsInDueOrderWithTheQueriesTuned() {
        String triaged = created(callers.get(Who.OWN_MPOC).post("/api/cases", """
                {"type":"SERVICE_REQUEST","productLine":"MICROSOFT_TEAMS","subject":"New auto attendant",
                 "description":"Please add an auto attendant for the front desk"}"""));
        new AgentActions(engine).triage(triaged);
        String waiting = created(callers.get(Who.OWN_MPOC).post("/api/cases", """
                {"type":"SERVICE_REQUEST","productLine":"MICROSOFT_TEAMS","subject":"Voicemail greeting",
                 "description":"Please change the greeting"}"""));
        ApiClient levelTwo = ApiClient.onPort(port).as("l2", "demo");

        JsonNode queueOfLevelOne = callers.get(Who.AGENT).get("/engine-rest/task?candidateGroup=support-l1&sortBy=dueDate"
                + "&sortOrder=asc&maxResults=1000").json();
        assertThat(queueOfLevelOne.findValuesAsText("name")).isNotEmpty().allMatch("Triage case"::equals);
        assertThat(queueOfLevelOne.findValuesAsText("due").stream().filter(due -> !"null".equals(due))
                .map(due -> OffsetDateTime.parse(due, ENGINE_DATE_TIME)).toList())
                .as("the SLA due times, earliest first").hasSizeGreaterThan(0).isSorted();
        assertThat(callers.get(Who.AGENT).get("/engine-rest/task?processInstanceBusinessKey=" + triaged).json())
                .as("level 1 does not see level 2's work").isEmpty();
        assertThat(levelTwo.get("/engine-rest/task?processInstanceBusinessKey=" + triaged).json().findValuesAsText("name"))
                .containsExactly("Work case");
        assertThat(levelTwo.get("/engine-rest/task?processInstanceBusinessKey=" + waiting).json())
                .as("level 2 does not see level 1's triage").isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class,
                "casedesk_authorization_permissions")).as("statistics on the permission bits of the checks").isOne();
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'casedesk_%'", String.class))
                .as("indexes for the job executor's due jobs and task completion; none on the task due date")
                .contains("casedesk_job_due_date", "casedesk_task_parent").doesNotContain("casedesk_task_due_date");
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Command<List<?>> authorizedGroups = context -> context.getDbSqlSession()
                .selectList("selectAuthorizedGroupIds", null);
        assertThat(configuration.getCommandExecutorTxRequired().execute(authorizedGroups)).asList()
                .as("the groups holding authorizations, read through the group index")
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class));
        assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
                .isEqualTo("casedeskSelectAuthorizedGroupIdsByIndex");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
                .as("each query planned with its parameters, never a generic plan").isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        assertThat(productionSettings().getProperty("spring.datasource.hikari.connection-init-sql"))
                .as("the postgres profile sets up its connections as these tests do")
                .isEqualTo(environment.getProperty("spring.datasource.hikari.connection-init-sql"));
    }

    private static Properties productionSettings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-postgres.yaml"));
        return yaml.getObject();
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    Set<String> produces = new TreeSet<>();
                    info.getProducesCondition().getProducibleMediaTypes().forEach(type -> produces.add(type.toString()));
                    boolean distinguishedByType = mappings.getHandlerMethods().keySet().stream()
                            .anyMatch(other -> other != info && other.getPatternValues().contains(pattern)
                                    && other.getMethodsCondition().getMethods().contains(method));
                    endpoints.add(method + " " + pattern + (distinguishedByType ? " " + produces.toString()
                            .replace(", ", ",") : ""));
                }
            }
        }
        return endpoints;
    }

    private static Row row(Function<ApiClient, Response> call, Access anonymous, Access otherOrganizationMpoc,
            Access ownNonMpoc, Access ownMpoc, Access agent) {
        Map<Who, Access> expected = new EnumMap<>(Who.class);
        expected.put(Who.ANONYMOUS, anonymous);
        expected.put(Who.OTHER_ORGANIZATION_MPOC, otherOrganizationMpoc);
        expected.put(Who.OWN_NON_MPOC, ownNonMpoc);
        expected.put(Who.OWN_MPOC, ownMpoc);
        expected.put(Who.AGENT, agent);
        return new Row(call, expected, null);
    }

    private static List<String> kinds(JsonNode notifications) {
        return notifications.findValuesAsText("kind");
    }

    /** A file on the case, as the mailbox intake stores an email's attachment. */
    private long attach(String caseNumber) {
        jdbc.update("insert into case_attachment (case_id, filename, content_type, size_bytes, content, added_by, added_at)"
                + " values (?, 'trace.txt', 'text/plain', 5, ?, 'alice.morgan@acme.example', current_timestamp)",
                Long.parseLong(caseNumber.substring("CS-".length())), "trace".getBytes(StandardCharsets.UTF_8));
        return jdbc.queryForObject("select max(id) from case_attachment", Long.class);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().path("number").asText();
    }
}
