package io.casedesk.workspace;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.casedesk.common.RefreshedMetrics;

/**
 * Re-reads the gauges that count database rows ({@link RefreshedMetrics}) on the scheduler's thread: a second after
 * start, then every {@code casedesk.metrics.refresh-every}. One that fails leaves the others and its own last values.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MetricsConfiguration.class);

    private final List<RefreshedMetrics> gauges;

    MetricsConfiguration(List<RefreshedMetrics> gauges) {
        this.gauges = gauges;
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${casedesk.metrics.refresh-every:PT30S}")
    void refresh() {
        for (RefreshedMetrics gauge : gauges) {
            try {
                gauge.refresh();
            } catch (RuntimeException e) {
                log.warn("Metrics of {} not read again: {}", gauge.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
