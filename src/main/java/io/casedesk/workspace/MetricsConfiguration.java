package io.casedesk.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the refresh of the gauges that count database rows ({@link io.casedesk.common.RefreshedMetrics}) every
 * {@code casedesk.metrics.refresh-every}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {
}
