package io.casedesk.maintenance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider's maintenance calendar.
 *
 * @param zone          the zone of every time below (Mountain time)
 * @param horizon       how far ahead monthly and release windows are planned
 * @param quietHours    unscheduled work inside {@code businessHours} gets a warning
 * @param monthly       the monthly window: week of the month, day, start, length, advance reminder; a public
 *                      holiday of {@code holidayCalendar} on that day moves the window a week later
 * @param release       the release cadence: first release date, interval, start, length, advance notice
 * @param unscheduled   what unscheduled windows announce
 */
@ConfigurationProperties("casedesk.maintenance")
public record MaintenanceProperties(
        @DefaultValue("America/Denver") ZoneId zone,
        @DefaultValue("P45D") Duration horizon,
        @DefaultValue Hours businessHours,
        @DefaultValue Monthly monthly,
        @DefaultValue Release release) {

    /** Local hours of the provider's day during which unscheduled work is avoided. */
    public record Hours(@DefaultValue("05:00") LocalTime from, @DefaultValue("23:00") LocalTime to) {
    }

    public record Monthly(
            @DefaultValue("3") int weekOfMonth,
            @DefaultValue("FRIDAY") DayOfWeek day,
            @DefaultValue("22:00") LocalTime start,
            @DefaultValue("PT6H") Duration length,
            @DefaultValue("P7D") Duration reminderBefore,
            @DefaultValue("business-mt") String holidayCalendar,
            @DefaultValue("Monthly scheduled maintenance") String title,
            @DefaultValue({ "MICROSOFT_TEAMS", "CISCO_WEBEX", "CLOUD_PBX", "CONTACT_CENTER", "SIP_TRUNKING" })
            List<String> productLines,
            @DefaultValue("System patching, hardware commissioning and decommissioning, hardware and software upgrades.")
            String description,
            @DefaultValue("Proactive routine maintenance keeps the platform at the highest level of uptime and performance.")
            String justification) {
    }

    public record Release(
            @DefaultValue("2026-01-06") LocalDate firstRelease,
            @DefaultValue("P21D") Duration every,
            @DefaultValue("21:00") LocalTime start,
            @DefaultValue("PT2H") Duration length,
            @DefaultValue("PT24H") Duration noticeBefore,
            @DefaultValue("Connect portal update") String title,
            @DefaultValue("CONNECT_PORTAL") List<String> productLines,
            @DefaultValue("Upgrades and patches at the end of a three-week development sprint.")
            String description,
            @DefaultValue("New features and fixes for the Connect portal; services are not affected.")
            String justification) {
    }
}
