package io.casedesk.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword password of the {@code admin} user; required until an administrator exists
 */
@ConfigurationProperties("casedesk.workspace")
record WorkspaceProperties(String adminPassword) {
}
