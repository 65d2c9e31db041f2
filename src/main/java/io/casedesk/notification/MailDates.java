package io.casedesk.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates in a notification: the recipient organization's time zone and language, with the zone named. */
final class MailDates {

    private MailDates() {
    }

    static String format(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return null;
        }
        var local = instant.atZone(zone);
        return local.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale))
                + " " + local.format(DateTimeFormatter.ofPattern("zzz", locale));
    }
}
