package io.casedesk.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** A date and time as forms and clients give it: a {@code Date}, ISO with offset, or local in the customer's zone. */
public final class DateTimeInput {

    private DateTimeInput() {
    }

    /**
     * The instant, or {@code null} when nothing was entered; an unreadable value is refused, naming
     * {@code field} when given.
     */
    public static Instant parse(Object value, ZoneId zone, String field) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        ZonedDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text).toZonedDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                parsed = LocalDateTime.parse(text).atZone(zone);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("'" + text + "' is not a date and time"
                        + (field == null ? "." : " for " + field + "."));
            }
        }
        if (!ApiInput.storableYear(parsed.getYear())) {
            throw new InvalidRequestException("'" + text + "' is not between the years " + ApiInput.FIRST_YEAR + " and "
                    + ApiInput.LAST_YEAR + (field == null ? "." : " for " + field + "."));
        }
        return parsed.toInstant();
    }

    /**
     * A bound of a date range: a date is its first moment in {@code zone}; a date and time is read as {@link #parse};
     * {@code null} when nothing was given.
     */
    public static Instant parseDay(String value, ZoneId zone, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (!ApiInput.storableYear(day.getYear())) {
                throw new InvalidRequestException("'" + value + "' is not between the years " + ApiInput.FIRST_YEAR
                        + " and " + ApiInput.LAST_YEAR + " for " + field + ".");
            }
            return day.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADay) {
            return parse(value, zone, field);
        }
    }
}
