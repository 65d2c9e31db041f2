package io.casedesk.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A staff member reading times: in the customer's zone, named, with the staff member's own zone beside it
 * where the two differ.
 */
public record Viewer(String login, ZoneId zone, Locale locale) {

    /** "Dec 7, 2026, 9:00 AM (America/Denver) · 5:00 PM (Europe/Madrid)". */
    public String time(Instant at, ZoneId customerZone) {
        if (at == null) {
            return "";
        }
        String customer = format(at, customerZone);
        if (zone.equals(customerZone)) {
            return customer;
        }
        return customer + " · " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone)) + dayNote(at, customerZone) + " (" + zone.getId() + ")";
    }

    /** "due in 2 h 5 min" or "overdue by 1 d 3 h", against {@code now}. */
    public String dueIn(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        boolean spanish = "es".equals(locale.getLanguage());
        Duration left = Duration.between(now, due);
        String amount = amount(left.abs());
        if (left.isNegative()) {
            return (spanish ? "vencido hace " : "overdue by ") + amount;
        }
        return (spanish ? "vence en " : "due in ") + amount;
    }

    private String format(Instant at, ZoneId customerZone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(customerZone)) + " (" + customerZone.getId() + ")";
    }

    private String dayNote(Instant at, ZoneId customerZone) {
        long days = at.atZone(zone).toLocalDate().toEpochDay() - at.atZone(customerZone).toLocalDate().toEpochDay();
        return days == 0 ? "" : (days > 0 ? " +" : " ") + days + " d";
    }

    private static String amount(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return Math.max(minutes, duration.isZero() ? 0 : 1) + " min";
    }
}
