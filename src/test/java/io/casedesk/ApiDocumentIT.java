package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiStatusRecorder;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseSettings;

/**
 * The OpenAPI document against the controllers and against what the API really answered: every {@code /api} operation
 * the application serves is documented with a summary, a capability tag, HTTP Basic and its problem responses; and every
 * status any integration test got from {@code /api} (recorded by {@link ApiStatusRecorder}) is one the document lists for
 * that operation. Runs after all other integration tests, so that it sees what they provoked.
 */
@PostgresIntegrationTest
@Order(Integer.MAX_VALUE)
class ApiDocumentIT {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    CaseSettings settings;

    private JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        ApiClient.Response response = ApiClient.onPort(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
        Files.writeString(Path.of("target", "openapi.json"), response.raw().body()); // for people reading the build
    }

    @Test
    void theDocumentNamesItselfItsContactAndHttpBasic() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isEqualTo("Casedesk API");
        assertThat(info.path("version").asText()).isNotBlank();
        assertThat(info.path("contact").path("email").asText()).isEqualTo("support@casedesk.example");
        JsonNode basic = document.path("components").path("securitySchemes").path("basicAuth");
        assertThat(basic.path("type").asText()).isEqualTo("http");
        assertThat(basic.path("scheme").asText()).isEqualTo("basic");
        assertThat(document.path("security").get(0).has("basicAuth")).isTrue();
    }

    @Test
    void everyOperationTheControllersServeIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    if (document.path("paths").path(pattern).path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationHasASummaryACapabilityAndItsProblems() {
        Set<String> capabilities = new TreeSet<>();
        document.path("tags").forEach(tag -> capabilities.add(tag.path("name").asText()));
        List<String> faults = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                faults.add(name + ": no summary");
            }
            if (operation.path("tags").size() != 1 || !capabilities.contains(operation.path("tags").get(0).asText())) {
                faults.add(name + ": no capability tag " + operation.path("tags"));
            }
            boolean isPublic = name.contains(" /api/status");
            if (!isPublic && !operation.path("responses").has("401")) {
                faults.add(name + ": no 401");
            }
            operation.path("responses").properties().forEach(response -> {
                int status = Integer.parseInt(response.getKey());
                JsonNode content = response.getValue().path("content");
                if (content.has("*/*")) {
                    faults.add(name + " " + status + ": content type */*");
                }
                if (status >= 400 && !PROBLEM.equals(content.path("application/problem+json").path("schema").path("$ref")
                        .asText())) {
                    faults.add(name + " " + status + ": not a problem+json response");
                }
            });
            if (operation.has("requestBody") && !operation.path("responses").has("415")) {
                faults.add(name + ": takes a body but no 415");
            }
        });
        assertThat(faults).isEmpty();
        assertThat(operations()).hasSizeGreaterThan(50);
    }

    @Test
    void createdResourcesAnswer201WithLocationAndRetriesOfTheSameKey200() {
        JsonNode open = document.path("paths").path("/api/cases").path("post").path("responses");

        assertThat(open.path("201").path("headers").has("Location")).isTrue();
        assertThat(open.path("201").path("content").path("application/json").path("schema").path("$ref").asText())
                .endsWith("/CaseRepresentation");
        assertThat(open.path("200").path("description").asText()).contains("Idempotency-Key");
        assertThat(open.fieldNames()).toIterable().contains("400", "401", "403", "409", "413", "415", "422");
        assertThat(document.path("paths").path("/api/master-cases").path("post").path("responses").path("201")
                .path("headers").has("Location")).isTrue();
    }

    @Test
    void productLinesChannelsTypesAndCategoriesAreEnumsAndDetailsHaveASchemaPerType() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode newCase = schemas.path("NewCase").path("properties");

        assertThat(values(newCase.path("productLine").path("enum"))).containsExactlyElementsOf(settings.productLines());
        assertThat(values(newCase.path("channel").path("enum"))).contains("PORTAL", "EMAIL", "CHAT", "PHONE", "MONITORING");
        assertThat(values(newCase.path("type").path("enum"))).contains("INCIDENT", "SERVICE_REQUEST", "MACD", "INFORMATION");
        assertThat(schemas.findValues("category")).isNotEmpty().allSatisfy(category -> assertThat(values(category
                .path("enum"))).containsExactlyElementsOf(settings.categories()));
        assertThat(newCase.path("details").path("oneOf").findValuesAsText("$ref")).contains(
                "#/components/schemas/IncidentDetails", "#/components/schemas/MacdDetails",
                "#/components/schemas/BillingDetails");
        assertThat(values(schemas.path("IncidentDetails").path("required"))).containsExactly("extension", "direction",
                "counterpartNumber", "occurredAt");
        assertThat(values(schemas.path("MacdDetails").path("properties").path("task").path("enum")))
                .contains("NEW_ACTIVATION", "DELETE_PHONE");
    }

    @Test
    void everyStatusTheApiAnsweredInTheTestsIsDocumented() throws IOException {
        if (!Files.exists(ApiStatusRecorder.FILE)) {
            return; // run alone: no other test called the API
        }
        Map<String, Set<String>> undocumented = new TreeMap<>();
        Map<String, Set<String>> seen = new TreeMap<>();
        for (String line : Files.readAllLines(ApiStatusRecorder.FILE)) {
            String[] fields = line.split("\t");
            String method = fields[0].toLowerCase(Locale.ROOT);
            Optional<String> path = template(fields[1]);
            if (path.isEmpty() || document.path("paths").path(path.get()).path(method).isMissingNode()) {
                continue; // no such operation: nothing the document could promise
            }
            String operation = method.toUpperCase(Locale.ROOT) + " " + path.get();
            seen.computeIfAbsent(operation, key -> new TreeSet<>()).add(fields[2]);
            if (!document.path("paths").path(path.get()).path(method).path("responses").has(fields[2])) {
                undocumented.computeIfAbsent(operation, key -> new TreeSet<>()).add(fields[2]);
            }
        }
        assertThat(undocumented).as("statuses the API answered that its document does not list").isEmpty();
        assertThat(seen).as("the integration tests called the API").isNotEmpty();
    }

    /** The documented path a concrete path belongs to: the one with the fewest variables that matches. */
    private Optional<String> template(String concrete) {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths.stream()
                .filter(path -> Pattern.matches(path.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."), concrete))
                .min(Comparator.comparingLong(path -> path.chars().filter(c -> c == '{').count()));
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue())));
        return operations;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
