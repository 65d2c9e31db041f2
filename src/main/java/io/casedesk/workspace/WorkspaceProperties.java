package io.casedesk.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword password of the {@code admin} user; no administrator is created without it
 */
@ConfigurationProperties("casedesk.workspace")
record WorkspaceProperties(String adminPassword) {
}
