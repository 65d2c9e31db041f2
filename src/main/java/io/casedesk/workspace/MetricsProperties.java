package io.casedesk.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param scrapeUser the login Prometheus scrapes {@code /actuator/prometheus} with
 * @param scrapePassword its password (plain, or {@code {bcrypt}…}); none: only staff logins may read the metrics
 */
@ConfigurationProperties("casedesk.metrics")
record MetricsProperties(String scrapeUser, String scrapePassword) {

    MetricsProperties {
        scrapeUser = scrapeUser == null || scrapeUser.isBlank() ? "prometheus" : scrapeUser;
    }

    boolean hasScrapeCredential() {
        return scrapePassword != null && !scrapePassword.isBlank();
    }
}
