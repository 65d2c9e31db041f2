package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Grafana dashboard of {@code ops/grafana/dashboards}: its panels' PromQL queries and the metrics they read. */
public final class GrafanaDashboard {

    public static final Path FILE = Path.of("ops/grafana/dashboards/casedesk.json");

    /** A metric name of Casedesk or of the engine in a query (label names and functions are not). */
    private static final Pattern METRIC = Pattern.compile("\\b((?:casedesk|camunda)_[a-z0-9_]+)\\b");

    private GrafanaDashboard() {
    }

    public static JsonNode read() {
        try {
            return new ObjectMapper().readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every query of every panel. */
    public static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : read().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        return queries;
    }

    /** The metric names the queries read, as Prometheus exposes them ({@code _total}, {@code _bucket} included). */
    public static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (String query : queries()) {
            Matcher metric = METRIC.matcher(query);
            while (metric.find()) {
                names.add(metric.group(1));
            }
        }
        return names;
    }
}
