package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of the SLA targets table: {@code PT15M}, {@code PT4H} (time counted while the hours calendar
 * is open), {@code P1D}, {@code P2D} (business days on the organization's calendar, same local time),
 * {@code EOD} (end of the business day) or {@code EOW} (end of the business week).
 */
public record SlaTarget(String text, Kind kind, Duration openTime, int businessDays) {

    /** How a target is counted. */
    public enum Kind {
        OPEN_TIME, BUSINESS_DAYS, END_OF_BUSINESS_DAY, END_OF_BUSINESS_WEEK
    }

    private static final Pattern BUSINESS_DAYS = Pattern.compile("P(\\d+)D");

    /** @return the target, or {@code null} for an empty cell (no target) */
    public static SlaTarget parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT);
        switch (normalized) {
            case "EOD":
                return new SlaTarget(normalized, Kind.END_OF_BUSINESS_DAY, null, 0);
            case "EOW":
                return new SlaTarget(normalized, Kind.END_OF_BUSINESS_WEEK, null, 0);
            default:
                break;
        }
        Matcher days = BUSINESS_DAYS.matcher(normalized);
        if (days.matches()) {
            return new SlaTarget(normalized, Kind.BUSINESS_DAYS, null, Integer.parseInt(days.group(1)));
        }
        try {
            Duration duration = Duration.parse(normalized);
            if (!normalized.startsWith("PT") || duration.isNegative() || duration.isZero()) {
                throw new DateTimeParseException("not a positive time duration", normalized, 0);
            }
            return new SlaTarget(normalized, Kind.OPEN_TIME, duration, 0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("SLA target '" + text + "' is not one of PT<n>H<n>M, P<n>D, EOD or EOW", e);
        }
    }

    /**
     * When the target falls due for a clock started at {@code start}.
     *
     * @param hours    calendar of hour and minute targets (24x7 for critical priorities)
     * @param business the organization's business calendar, for business days and ends of day or week
     */
    public Instant dueFrom(Instant start, BusinessCalendar hours, BusinessCalendar business) {
        return switch (kind) {
            case OPEN_TIME -> hours.plusOpenTime(start, openTime);
            case BUSINESS_DAYS -> business.plusBusinessDays(start, businessDays);
            case END_OF_BUSINESS_DAY -> business.endOfBusinessDay(start);
            case END_OF_BUSINESS_WEEK -> business.endOfBusinessWeek(start);
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
