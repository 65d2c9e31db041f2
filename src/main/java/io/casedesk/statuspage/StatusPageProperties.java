package io.casedesk.statuspage;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public status page.
 *
 * @param zone the time zone every time on the page and in the feed is stated in, named beside it (the
 *             provider's: Mountain Time)
 */
@ConfigurationProperties("casedesk.status-page")
record StatusPageProperties(@DefaultValue("America/Denver") ZoneId zone) {
}
