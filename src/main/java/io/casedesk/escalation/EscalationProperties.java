package io.casedesk.escalation;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hierarchical escalation settings.
 *
 * @param roles           every role the {@code EscalationContacts} table can name, with its name and address
 * @param calendars       the provider's calendar per escalation path, whose local time and days the table reads
 * @param defaultCalendar the provider's calendar for paths not listed in {@code calendars}
 * @param repeatInterval  how long after a raise further requests and breaches leave the level as it is, so a
 *                        burst of requests or simultaneous breaches never skips a level
 */
@ConfigurationProperties("casedesk.escalation")
public record EscalationProperties(Map<String, Role> roles, Map<String, String> calendars,
        @DefaultValue("business-mt") String defaultCalendar, @DefaultValue("PT1H") Duration repeatInterval) {

    /** A manager role of an escalation path: who holds it is configuration, not code. */
    public record Role(String name, String email) {
    }

    public EscalationProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        calendars = calendars == null ? Map.of() : Map.copyOf(calendars);
    }

    String calendarOf(String path) {
        return calendars.getOrDefault(path, defaultCalendar);
    }
}
