package io.casedesk.sla;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The configured business calendars by name; every definition is checked when the application starts. */
@Component
public class BusinessCalendars {

    /** The 24x7x365 calendar. */
    public static final String ALWAYS = "always";

    private final Map<String, BusinessCalendar> calendars = new TreeMap<>();

    BusinessCalendars(CalendarProperties properties) {
        properties.calendars().forEach((name, definition) -> calendars.put(name, new BusinessCalendar(name, definition)));
        if (!calendars.containsKey(ALWAYS)) {
            throw new IllegalStateException("The business calendar '" + ALWAYS + "' must be configured");
        }
    }

    public BusinessCalendar get(String name) {
        BusinessCalendar calendar = calendars.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("Unknown business calendar '" + name + "'; known: " + calendars.keySet());
        }
        return calendar;
    }

    public boolean exists(String name) {
        return calendars.containsKey(name);
    }

    public Set<String> names() {
        return calendars.keySet();
    }
}
