package io.casedesk.statuspage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Times as the status page and its feed state them: in one named zone (Mountain Time by default), with
 * the zone's abbreviation of that moment, so {@code Mar 20, 2026, 10:00 PM MDT}.
 */
public final class StatusTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a zzz", Locale.US);

    private final ZoneId zone;

    StatusTimes(ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(FORMAT);
    }

    /** The zone's name for people, such as {@code Mountain Time (America/Denver)}. */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US) + " (" + zone.getId() + ")";
    }
}
