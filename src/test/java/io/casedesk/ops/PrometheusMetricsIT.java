package io.casedesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.casedesk.common.RefreshedMetrics;
import io.casedesk.customer.Caller;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.ApiClient.Response;
import io.casedesk.support.GrafanaDashboard;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * {@code /actuator/prometheus} on PostgreSQL: who may scrape it, that it exports every metric the Grafana dashboard
 * queries (after a case has been answered and closed, so that the response and resolution histograms exist), with
 * Prometheus names and bounded labels.
 */
@PostgresIntegrationTest
@AutoConfigureObservability(tracing = false) // tests get only an in-memory meter registry unless asked
class PrometheusMetricsIT {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? ");

    @LocalServerPort
    int port;
    @Autowired
    List<RefreshedMetrics> gauges;
    @Autowired
    CaseManagement cases;
    @Autowired
    ProcessEngine engine;

    @Test
    void theScrapeLoginAndStaffReadTheMetricsAndNobodyElse() {
        ApiClient api = ApiClient.onPort(port);

        assertThat(api.get("/actuator/prometheus", "text/plain").status()).isEqualTo(401);
        assertThat(api.as("prometheus", "wrong").get("/actuator/prometheus", "text/plain").status()).isEqualTo(401);
        assertThat(api.as("alice.morgan@acme.example", "demo").get("/actuator/prometheus", "text/plain").status()).isEqualTo(403);
        assertThat(api.as("l1", "demo").get("/actuator/prometheus", "text/plain").status()).isEqualTo(200);
        Response scraped = api.as("prometheus", "demo").get("/actuator/prometheus", "text/plain");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
        assertThat(api.as("prometheus", "demo").get("/actuator/metrics").status()).as("the scrape login reads only this")
                .isEqualTo(401);
        assertThat(api.as("prometheus", "demo").get("/api/cases").status()).isEqualTo(401);
    }

    @Test
    void everyMetricTheDashboardQueriesIsExportedWithBoundedLabels() {
        Caller maria = Caller.contact("maria.paredes@andes.example", "ANDES");
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX", "Sin tono",
                "Sin tono en la sede norte", null, null), maria, null).supportCase().number();
        AgentActions agents = new AgentActions(engine);
        agents.complete(n, "l1", "support-l1", Map.of("priority", "P2", "caseType", "SERVICE_REQUEST",
                "productLine", "CLOUD_PBX", "assignedGroup", "support-l2", "markAsDuplicate", false));
        agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "Revisando la troncal."));
        String open = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX", "Eco",
                "Eco en las llamadas", null, null), maria, null).supportCase().number();
        agents.work(n, Map.of("workAction", "CLOSE", "closingNote", "Troncal reconfigurada."));
        gauges.forEach(RefreshedMetrics::refresh);

        String text = ApiClient.onPort(port).as("prometheus", "demo").get("/actuator/prometheus", "text/plain").raw().body();

        Set<String> exported = new TreeSet<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            exported.add(sample.group(1));
        }
        assertThat(exported).containsAll(GrafanaDashboard.metricNames());
        assertThat(text).containsPattern("casedesk_cases_open\\{group=\"unassigned\",organization=\"ANDES\",priority=\"P4\","
                + "status=\"NEW\"\\} [1-9]");
        assertThat(text).containsPattern("casedesk_sla_clocks\\{clock=\"INITIAL_RESPONSE\",state=\"running\"\\} [1-9]");
        assertThat(text).containsPattern("casedesk_sla_first_response_seconds_count\\{plan=\"SEVERITY_MATRIX\","
                + "priority=\"P2\"\\} [1-9]");
        assertThat(text).containsPattern("casedesk_sla_resolution_seconds_bucket\\{plan=\"SEVERITY_MATRIX\",priority=\"P2\","
                + "le=\"14400.0\"\\} [1-9]");
        assertThat(text).containsPattern("casedesk_sla_targets_total\\{clock=\"INITIAL_RESPONSE\",met=\"true\","
                + "organization=\"ANDES\",priority=\"P2\"\\} [1-9]");
        assertThat(text).contains("casedesk_intake_mails_total{outcome=\"CASE_OPENED\"}",
                "casedesk_notifications_outbox{status=\"PENDING\"}", "camunda_job_successful_total",
                "camunda_root_process_instance_start_total");
        assertThat(text).as("no case number is a label").doesNotContainPattern("\\{[^}]*CS-\\d+[^}]*\\}")
                .doesNotContain(open, n);
    }
}
