package io.casedesk.common;

/**
 * Gauges that count rows of the database: each is re-read on a schedule ({@code casedesk.metrics.refresh-every}, 30
 * seconds by default) with one grouped query, so that a scrape costs nothing and the cost of a refresh does not depend on
 * how often Prometheus asks.
 */
public interface RefreshedMetrics {

    /** Reads the figures again. */
    void refresh();
}
