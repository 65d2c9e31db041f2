package io.casedesk.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The configured business calendars by name; every definition is checked when the application starts. */
@Component
public class BusinessCalendars {

    /** The 24x7x365 calendar. */
    public static final String ALWAYS = "always";

    /** How long a node goes on with the closures it read before it reads them again (another node may have changed them). */
    public static final Duration CLOSURES_REREAD = Duration.ofSeconds(30);

    private final Map<String, BusinessCalendar> calendars = new TreeMap<>();
    private final AtomicLong closuresReadAt = new AtomicLong(System.nanoTime() - CLOSURES_REREAD.toNanos());
    private ObjectProvider<CalendarClosures> closures;

    BusinessCalendars(CalendarProperties properties) {
        properties.calendars().forEach((name, definition) -> calendars.put(name, new BusinessCalendar(name, definition)));
        if (!calendars.containsKey(ALWAYS)) {
            throw new IllegalStateException("The business calendar '" + ALWAYS + "' must be configured");
        }
    }

    /** Lets the calendars read the closures operators add (not done by calendars built for a test). */
    @Autowired
    void readClosuresFrom(ObjectProvider<CalendarClosures> addedClosures) {
        this.closures = addedClosures;
    }

    public BusinessCalendar get(String name) {
        rereadClosuresWhenStale();
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

    void useAddedClosures(Map<String, Set<LocalDate>> added) {
        calendars.forEach((name, calendar) -> calendar.useAddedClosures(added.getOrDefault(name, Set.of())));
        closuresReadAt.set(System.nanoTime());
    }

    private void rereadClosuresWhenStale() {
        long readAt = closuresReadAt.get();
        if (closures != null && System.nanoTime() - readAt >= CLOSURES_REREAD.toNanos()
                && closuresReadAt.compareAndSet(readAt, System.nanoTime())) {
            CalendarClosures reader = closures.getIfAvailable();
            if (reader != null) {
                useAddedClosures(reader.addedClosures());
            }
        }
    }
}
