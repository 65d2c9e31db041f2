package io.casedesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.casedesk.support.GrafanaDashboard;

/**
 * The operations files: {@code docker-compose.yml} is valid under the Compose Specification's JSON schema
 * ({@code src/test/resources/schema/compose-spec.json}, from github.com/compose-spec/compose-spec) and mounts only
 * files that exist; Prometheus scrapes the app service where it listens; Grafana's provisioning points at the dashboard,
 * whose panels are well formed and query the provisioned data source.
 */
class OperationsFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void composeFileIsValidUnderTheComposeSpecification() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        ObjectNode specification;
        try (InputStream in = getClass().getResourceAsStream("/schema/compose-spec.json")) {
            specification = (ObjectNode) new ObjectMapper().readTree(in);
        }
        specification.remove("$id"); // a bare file name, which the validator does not take for a base URI
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(specification);

        Set<ValidationMessage> problems = schema.validate(compose);

        assertThat(problems).isEmpty();
        assertThat(compose.path("services").fieldNames()).toIterable()
                .contains("postgres", "mail", "app", "prometheus", "grafana");
    }

    @Test
    void everyMountedFileExists() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        List<String> sources = new ArrayList<>();
        for (JsonNode service : compose.path("services")) {
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    sources.add(source);
                }
            }
        }

        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(Path.of(source)).exists());
    }

    @Test
    void prometheusScrapesTheAppWithTheScrapeLogin() throws IOException {
        JsonNode config = YAML.readTree(Path.of("ops/prometheus/prometheus.yml").toFile());
        JsonNode job = config.path("scrape_configs").get(0);

        assertThat(job.path("metrics_path").asText()).isEqualTo("/actuator/prometheus");
        assertThat(job.path("static_configs").get(0).path("targets").get(0).asText()).isEqualTo("app:8080");
        assertThat(job.path("basic_auth").path("username").asText()).isEqualTo("prometheus");
        assertThat(Files.readString(Path.of("ops/prometheus/scrape-password")).strip()).isNotEmpty();
    }

    @Test
    void dashboardPanelsAreWellFormedAndQueryTheProvisionedDataSource() throws IOException {
        JsonNode datasources = YAML.readTree(Path.of("ops/grafana/provisioning/datasources/prometheus.yaml").toFile());
        String uid = datasources.path("datasources").get(0).path("uid").asText();
        JsonNode dashboards = YAML.readTree(Path.of("ops/grafana/provisioning/dashboards/casedesk.yaml").toFile());
        JsonNode dashboard = GrafanaDashboard.read();

        assertThat(dashboards.path("providers").get(0).path("options").path("path").asText())
                .isEqualTo("/var/lib/grafana/dashboards");
        assertThat(dashboard.path("uid").asText()).isEqualTo("casedesk");
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("unique panel id").isTrue();
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("type").asText()).isIn("timeseries", "table", "bargauge", "stat", "gauge");
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(uid);
            assertThat(panel.path("gridPos").path("w").asInt()).isBetween(1, 24);
            assertThat(panel.path("targets")).isNotEmpty().allSatisfy(target -> {
                assertThat(target.path("refId").asText()).isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(uid);
                assertThat(balanced(target.path("expr").asText())).as(target.path("expr").asText()).isTrue();
            });
        }
        assertThat(dashboard.path("panels")).extracting(panel -> panel.path("title").asText()).contains(
                "SLA compliance, last 30 days: first responses and updates on time", "SLA breaches per hour",
                "Open cases per group", "Oldest due per group (negative: overdue)", "Notification outbox",
                "Mail intake per hour", "Job executor");
        assertThat(GrafanaDashboard.metricNames()).isNotEmpty();
    }

    /** Parentheses, brackets and braces close in order, outside of quoted strings. */
    private static boolean balanced(String query) {
        StringBuilder open = new StringBuilder();
        boolean quoted = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "([{".indexOf(c) >= 0) {
                open.append(c);
            } else if (!quoted && ")]}".indexOf(c) >= 0) {
                if (open.isEmpty() || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(c)) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.isEmpty() && !quoted && !query.isBlank();
    }
}
