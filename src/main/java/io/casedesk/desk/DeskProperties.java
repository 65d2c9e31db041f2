package io.casedesk.desk;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff desk.
 *
 * @param staffTimeZone the zone staff read times in beside the customer's, unless a staff user's Camunda
 *                      profile names its own ({@code timeZone} user info)
 * @param caseFileEntries how many messages and history entries a task form shows, latest first
 */
@ConfigurationProperties("casedesk.desk")
public record DeskProperties(@DefaultValue("America/Denver") ZoneId staffTimeZone,
        @DefaultValue("15") int caseFileEntries) {
}
