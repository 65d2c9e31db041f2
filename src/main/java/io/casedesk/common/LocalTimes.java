package io.casedesk.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as a reader in another zone and language reads them: "Mar 20, 2026, 10:00 PM (America/Denver)". */
public final class LocalTimes {

    private LocalTimes() {
    }

    public static String describe(Instant at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
