package io.casedesk.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST API.
 *
 * @param maxRequestSize largest accepted request body on {@code /api/**}; larger ones get 413
 */
@ConfigurationProperties("casedesk.api")
public record ApiProperties(@DefaultValue("256KB") DataSize maxRequestSize) {
}
