package io.casedesk.sla;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The named business calendars, under {@code casedesk.calendars.<name>}.
 *
 * @param calendars calendar name to its definition
 */
@ConfigurationProperties("casedesk")
record CalendarProperties(Map<String, Definition> calendars) {

    /**
     * One calendar.
     *
     * @param zone     time zone the opening hours are read in, e.g. {@code America/Denver} or {@code -06:00}
     * @param hours    opening windows such as {@code MON-FRI 08:00-17:00}; several entries may cover one day
     * @param holidays the public holidays that close the calendar: a country (and optionally region, {@code us/co})
     *                 as the Jollyday holiday library knows it, or the location of a holiday file in Jollyday's
     *                 format ({@code classpath:holidays/ec.xml}, {@code file:/etc/casedesk/holidays-ec.xml});
     *                 empty for none
     * @param closures extra closed dates
     */
    record Definition(ZoneId zone, List<String> hours, @DefaultValue("") String holidays,
            @DefaultValue List<LocalDate> closures) {
    }
}
