package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * What the API does with input that PostgreSQL cannot store or that is not what it says it is: each is refused with
 * a 4xx problem and changes nothing. A bounded fuzz test sends a few thousand generated bodies to every POST of
 * {@code /api} and checks that none fails with 5xx and that no refusal left a row behind.
 */
@PostgresIntegrationTest
class ApiInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables whose rows change on their own: the engine's metrics and id blocks, Flyway's history. */
    private static final List<String> NOT_COUNTED = List.of("act_ru_meter_log", "act_ru_task_meter_log",
            "act_ge_property", "flyway_schema_history");
    private static final int FUZZ_ROUNDS = 120;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    private ApiClient alice;
    private ApiClient bob;
    private ApiClient agent;
    private ApiClient operator;
    private ApiClient manager;
    private String rowsQuery;

    @BeforeEach
    void clients() {
        ApiClient api = ApiClient.onPort(port);
        alice = api.as("alice.morgan@acme.example", "demo");
        bob = api.as("bob.chen@acme.example", "demo");
        agent = api.as("l1", "demo");
        operator = api.as("operator", "demo");
        manager = api.as("manager", "demo");
        rowsQuery = jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_type = 'BASE TABLE' order by table_name", String.class).stream()
                .filter(table -> !NOT_COUNTED.contains(table.toLowerCase()))
                .map(table -> "select '" + table + "' as name, count(*) as n from " + table)
                .collect(Collectors.joining(" union all "))
                + " union all select 'support_case versions', coalesce(sum(version), 0) from support_case"
                + " union all select 'sla_clock versions', coalesce(sum(version), 0) from sla_clock";
    }

    @Test
    void textWithTheNulCharacterIsRefusedEverywhereAndChangesNothing() {
        Map<String, Long> before = rows();
        assertRefused(alice.post("/api/cases", caseBody("\"No\\u0000audio\"", "\"Calls are silent\"", "{}")), 400,
                "subject", "NUL");
        assertRefused(alice.post("/api/cases", caseBody("\"No audio\"", "\"Calls are silent\"",
                "{\"extension\":\"20\\u000041\"}")), 400, "details", "NUL");
        assertRefused(alice.post("/api/cases", caseBody("\"No\\u0000audio\"", "\"Calls\"", "{}"),
                "Idempotency-Key", "nul-1"), 400, "subject", "NUL");
        assertRefused(agent.get("/api/cases?organization=%00"), 400, "");
        assertThat(agent.get("/api/cases/CS-%00").status()).as("refused by the web server itself").isEqualTo(400);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotPlainJsonIsRefused() {
        Map<String, Long> before = rows();
        assertRefused(alice.send("POST", "/api/cases", "*/*", caseBody("\"Wildcard\"", "\"x\"", "{}")), 415, "");
        assertRefused(alice.post("/api/cases", "{\"type\":\"INCIDENT\",\"subject\":\"One\",\"subject\":\"Two\","
                + "\"description\":\"Which subject?\"}"), 400, "subject");
        assertRefused(alice.post("/api/cases", "[".repeat(5000)), 400, "");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void datesOutsideTheYearsTheDatabaseKeepsAreRefused() {
        Map<String, Long> before = rows();
        for (String startsAt : List.of("+20000-01-10T03:00:00Z", "0001-01-10T03:00:00Z", "-0044-03-15T12:00:00Z")) {
            assertRefused(operator.post("/api/maintenance", maintenanceBody("\"" + startsAt + "\"",
                    "\"2030-01-10T04:00:00Z\"")), 400, "startsAt");
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void pathsThatAreNotNormalisedAreRefused() {
        for (String path : List.of("/api/../engine-rest/task", "/%65ngine-rest/task", "/api/%2e%2e/engine-rest/task",
                "/api//cases", "/api/./cases", "/api/cases/%2e")) {
            Response response = agent.send("GET", path, null, null);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(agent.send("GET", "/api/cases/..%2F..%2Fengine-rest", null, null).status())
                .as("an encoded slash, refused by the web server itself").isEqualTo(400);
    }

    @Test
    void aDescriptionUpToTheDocumentedLengthIsKeptWhole() {
        String description = "Every call drops after thirty seconds. ".repeat(600).substring(0, 20_000);
        Response created = alice.post("/api/cases", caseBody("\"Long story\"", JSON.valueToTree(description).toString(),
                "{}"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String number = created.json().path("number").asText();
        assertThat(alice.get("/api/cases/" + number).json().path("description").asText()).isEqualTo(description);
        new AgentActions(engine).triage(number);
        assertThat(agent.get("/api/cases/" + number).json().path("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void fuzzedBodiesNeverFailWith5xxAndARefusalChangesNothing() {
        String acme = created(alice.post("/api/cases", caseBody("\"Fuzz target\"", "\"A case to write to\"", "{}")));
        new AgentActions(engine).triage(acme);
        String incident = created(alice.post("/api/cases", caseBody("\"Fuzz incident\"", "\"The SBC restarts\"",
                "{\"extension\":\"2041\",\"direction\":\"INBOUND\",\"counterpartNumber\":\"+15551234567\","
                        + "\"occurredAt\":\"2026-03-06T15:10:00-07:00\"}")));
        new AgentActions(engine).planFieldVisit(incident);
        String macd = created(bob.post("/api/cases", """
                {"type":"MACD","productLine":"CLOUD_PBX","subject":"New user","description":"Activate Dana Ruiz",
                 "details":{"task":"NEW_ACTIVATION","expedited":false,"accountId":"ACME-0042","userName":"Dana Ruiz",
                            "extension":"2107","directNumber":"yes","extensionType":"SIP","ringGroup":"Front desk"}}"""));
        String master = created(manager.post("/api/master-cases", """
                {"subject":"Trunks down","description":"Calls fail","productLine":"SIP_TRUNKING"}"""));
        Response window = operator.post("/api/maintenance",
                maintenanceBody("\"2030-01-10T03:00:00Z\"", "\"2030-01-10T04:00:00Z\""));
        assertThat(window.status()).as(window.raw().body()).isEqualTo(201);
        long maintenance = window.json().path("id").asLong();

        record Target(String path, ApiClient caller, String body) {
        }
        String c = "/api/cases/" + acme;
        List<Target> targets = List.of(
                new Target("/api/cases", alice, caseBody("\"Opened by the fuzzer\"", "\"Details\"",
                        "{\"extension\":\"2041\",\"occurredAt\":\"2026-03-06T15:10:00-07:00\"}")),
                new Target("/api/cases", agent, """
                        {"organization":"ACME","contactEmail":"alice.morgan@acme.example","channel":"PHONE",
                         "priority":"P2","type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"Phoned in",
                         "description":"Called the desk"}"""),
                new Target(c + "/comments", alice, "{\"body\":\"Any news?\"}"),
                new Target(c + "/comments", agent, "{\"body\":\"Looking into it\",\"public\":true}"),
                new Target(c + "/reopen", alice, "{\"reason\":\"Still broken\"}"),
                new Target(c + "/resolution", alice, "{\"confirmed\":false,\"comment\":\"Not fixed\"}"),
                new Target(c + "/escalations", alice, "{\"reason\":\"Nobody answers\"}"),
                new Target(c + "/master", manager, "{\"masterCase\":\"" + master + "\"}"),
                new Target("/api/cases/" + macd + "/macd/approval", alice, "{\"decision\":\"REJECT\",\"reason\":\"No\"}"),
                new Target("/api/cases/" + incident + "/dispatch/on-site", agent, "{}"),
                new Target("/api/cases/" + incident + "/dispatch/work-done", agent, "{\"result\":\"Replaced the unit\"}"),
                new Target("/api/master-cases", manager, """
                        {"subject":"Outage","description":"Everything is down","productLine":"NETWORK"}"""),
                new Target("/api/master-cases/" + master + "/updates", manager, "{\"message\":\"Working on it\"}"),
                new Target("/api/master-cases/" + master + "/resolution", manager, "{\"message\":\"Fixed\"}"),
                new Target("/api/maintenance", operator,
                        maintenanceBody("\"2031-02-10T03:00:00Z\"", "\"2031-02-10T04:00:00Z\"")),
                new Target("/api/maintenance/" + maintenance + "/reschedule", operator,
                        "{\"startsAt\":\"2030-01-11T03:00:00Z\",\"endsAt\":\"2030-01-11T04:00:00Z\",\"reason\":\"x\"}"),
                new Target("/api/maintenance/" + maintenance + "/cancel", operator, "{\"reason\":\"Not needed\"}"));

        Random random = new Random(20261206L);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (int round = 0; round < FUZZ_ROUNDS; round++) {
            for (Target target : targets) {
                String body = mutate(target.body(), random);
                Map<String, Long> before = rows();
                Response response = target.caller().post(target.path(), body);
                sent++;
                if (response.status() >= 500) {
                    wrong.add(response.status() + " from " + target.path() + " for " + abbreviated(body));
                } else if (response.status() >= 400) {
                    Map<String, Long> after = rows();
                    if (!after.equals(before)) {
                        wrong.add("refused (" + response.status() + ") but wrote " + changed(before, after) + ": "
                                + target.path() + " " + abbreviated(body));
                    }
                    if (!response.contentType().startsWith("application/problem+json")) {
                        wrong.add(response.status() + " without a problem body from " + target.path());
                    }
                }
            }
        }
        assertThat(sent).isEqualTo(FUZZ_ROUNDS * targets.size());
        assertThat(wrong).as("answers to fuzzed bodies").isEmpty();
    }

    // --- generated bodies ---------------------------------------------------------------------------

    private static final List<Supplier<JsonNode>> VALUES = List.of(
            () -> JsonNodeFactory.instance.nullNode(),
            () -> text(""),
            () -> text("   "),
            () -> text("x".repeat(201)),
            () -> text("x".repeat(2_001)),
            () -> text("x".repeat(4_001)),
            () -> text("x".repeat(20_001)),
            () -> text("a\u0000b"),
            () -> text("\u0000"),
            () -> text("\uD83D\uDE00 ünïcödé \u202E"),
            () -> text("<script>alert(1)</script>"),
            () -> text("'; drop table support_case; --"),
            () -> text("P1G"),
            () -> text("P1"),
            () -> text("MACD"),
            () -> text("APPROVE"),
            () -> text("CS-000001"),
            () -> text("CS-999999999999"),
            () -> text("ACME"),
            () -> text("ANDES"),
            () -> text("alice.morgan@acme.example"),
            () -> text("2026-03-06T15:10:00-07:00"),
            () -> text("+20000-01-01T00:00:00Z"),
            () -> text("0000-01-01T00:00:00Z"),
            () -> text("2026-02-30T25:61:00Z"),
            () -> JsonNodeFactory.instance.numberNode(0),
            () -> JsonNodeFactory.instance.numberNode(-1),
            () -> JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
            () -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e400")),
            () -> JsonNodeFactory.instance.numberNode(3.14),
            () -> JsonNodeFactory.instance.booleanNode(true),
            () -> JsonNodeFactory.instance.arrayNode(),
            () -> JsonNodeFactory.instance.arrayNode().add("x").add(1),
            () -> JsonNodeFactory.instance.objectNode(),
            () -> JsonNodeFactory.instance.objectNode().set("nested", JsonNodeFactory.instance.objectNode()
                    .put("deeper", "\u0000")));

    private static final List<String> RAW = List.of("", "null", "[]", "123", "\"text\"", "{", "{\"a\":", "{}}",
            "{\"body\":\"x\"", "\u0000", "{\"body\":\"\\ud800\"}", "{\"body\":\"\\u0000\"}", "{'body':'x'}",
            "{\"body\":NaN}", "{\"body\":1e999999}", "[".repeat(3_000) + "]".repeat(3_000));

    private static String mutate(String template, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return RAW.get(random.nextInt(RAW.size()));
        }
        if (kind == 1) {
            int cut = random.nextInt(template.length());
            return template.substring(0, cut);
        }
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(template);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (kind == 2) { // the first field twice
            String json = body.toString();
            int comma = json.indexOf(',');
            return comma < 0 ? json : json.substring(0, comma) + "," + json.substring(1);
        }
        for (int i = 0, changes = 1 + random.nextInt(3); i < changes; i++) {
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            String field = fields.isEmpty() ? "body" : fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(4)) {
                case 0 -> body.remove(field);
                case 1 -> body.set("unknown" + random.nextInt(3), value(random));
                default -> {
                    if (body.get(field) instanceof ObjectNode nested && random.nextBoolean()) {
                        Iterator<String> names = nested.fieldNames();
                        nested.set(names.hasNext() && random.nextBoolean() ? names.next() : "fuzz", value(random));
                    } else {
                        body.set(field, value(random));
                    }
                }
            }
        }
        return body.toString();
    }

    private static JsonNode value(Random random) {
        return VALUES.get(random.nextInt(VALUES.size())).get();
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbc.query(rowsQuery, row -> {
            rows.put(row.getString(1), row.getLong(2));
        });
        return rows;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String abbreviated(String body) {
        String printable = body.replace("\u0000", "\\0");
        return printable.length() > 300 ? printable.substring(0, 300) + "…" : printable;
    }

    private static void assertRefused(Response response, int status, String detailMentions, String... more) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.detail()).contains(detailMentions);
        for (String mention : more) {
            assertThat(response.detail()).contains(mention);
        }
    }

    private static String caseBody(String subject, String description, String details) {
        return "{\"type\":\"INCIDENT\",\"productLine\":\"SIP_TRUNKING\",\"subject\":" + subject + ",\"description\":"
                + description + ",\"details\":" + details + "}";
    }

    private static String maintenanceBody(String startsAt, String endsAt) {
        return "{\"title\":\"SBC patch\",\"description\":\"Security patch\",\"justification\":\"Vendor advisory\","
                + "\"productLines\":[\"SIP_TRUNKING\"],\"serviceImpact\":true,\"startsAt\":" + startsAt
                + ",\"endsAt\":" + endsAt + "}";
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().path("number").asText();
    }
}
