package io.casedesk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.casedesk.sla.ClockKind;

/**
 * One organization's month: what its plan promised and what support delivered. Targets count in the month their
 * clock period ended (answered, updated or closed); times are business time of the organization's calendar, pauses
 * (waiting for the customer, on hold, resolved awaiting confirmation) left out.
 *
 * @param from the first instant of the month in the organization's time zone
 * @param to the first instant of the next month
 */
public record SlaReport(String organization, String organizationName, YearMonth month, String timeZone,
        String slaPlan, Instant from, Instant to, long casesOpened, long casesClosed, long casesReopened,
        long closedNoResponse, List<Targets> targets, List<Times> timeToFirstResponse, List<Times> timeToResolution,
        List<Breach> breaches) {

    /** Priority (or severity) used for the figures of all priorities together. */
    public static final String ALL = "ALL";

    /**
     * How one clock of one priority did: the targets promised (as the targets table writes them, e.g. {@code PT30M},
     * {@code P1D}, {@code ETR} for an estimated time of resolution), how many periods ended, how many kept their
     * target, and that share in percent (one decimal).
     */
    public record Targets(String priority, ClockKind clock, List<String> promised, long periods, long met,
            BigDecimal metPercent) {
    }

    /** Mean and 90th percentile (nearest rank) business time of the cases of a priority, in seconds. */
    public record Times(String priority, long cases, long meanSeconds, long p90Seconds) {
    }

    /** A breach of one of the organization's cases. */
    public record Breach(String caseNumber, ClockKind clock, String priority, Instant dueAt, Instant breachedAt) {
    }
}
