package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SLA clocks recorded for an organization over a span of time: the clock periods that ended in it and
 * the breaches that happened in it. Reports are made of these facts, never of the live clocks.
 */
@Service
@Transactional(readOnly = true)
public class SlaRecords {

    /**
     * One period of a clock: its target, when it started, was due and ended, whether it ended with the agent's
     * answer ({@code answered}, for the first response and updates) or with the case closed, whether the target
     * was kept, and the business time of the organization's calendar it took, pauses left out.
     */
    public record Period(String caseNumber, ClockKind clock, String priority, String target, Instant startedAt,
            Instant dueAt, Instant endedAt, boolean answered, boolean closed, boolean met, Duration businessTime) {
    }

    /** A breach of one of the organization's cases. */
    public record Breach(String caseNumber, ClockKind clock, String priority, Instant dueAt, Instant breachedAt) {
    }

    private final SlaClockPeriodRepository repository;

    SlaRecords(SlaClockPeriodRepository repository) {
        this.repository = repository;
    }

    /** Clock periods of the organization's cases that ended in [from, to), in order; withdrawn targets left out. */
    public List<Period> periodsEnded(String organizationCode, Instant from, Instant to) {
        return repository.ended(organizationCode, from, to, SlaClockPeriod.Ending.WITHDRAWN).stream().map(SlaClockPeriod::view).toList();
    }

    /** Breaches of the organization's cases recorded in [from, to), in order. */
    public List<Breach> breaches(String organizationCode, Instant from, Instant to) {
        return repository.breaches(organizationCode, from, to).stream().map(SlaBreach::record).toList();
    }
}
