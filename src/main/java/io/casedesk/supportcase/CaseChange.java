package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Map;

/**
 * What a transition of a {@link SupportCase} changed beyond the case itself, registered by the case and published
 * when it is saved: {@link CaseClocks} keeps the SLA clocks in step, {@link CaseEvents} tells the rest of Casedesk
 * (notices, the bug tracker). Each change carries the case, so a new case has its number by the time it is published.
 */
sealed interface CaseChange {

    SupportCase supportCase();

    /** The case was opened: its SLA clocks start. */
    record Opened(SupportCase supportCase) implements CaseChange {
    }

    /** Triage set priority and type: the clocks run on the new targets. */
    record Retargeted(SupportCase supportCase, Instant at) implements CaseChange {
    }

    /** The case works, waits or is closed now: its clocks run, pause or stop to match. */
    record ClocksFollow(SupportCase supportCase, Instant at) implements CaseChange {
    }

    /** Support answered the customer publicly: the initial response is given and the update cadence starts over. */
    record PublicResponse(SupportCase supportCase, Instant at) implements CaseChange {
    }

    /** An estimated time of resolution replaces the scheduled updates until it passes. */
    record EtrGiven(SupportCase supportCase, Instant etr, Instant at) implements CaseChange {
    }

    /** The customer reopened the case: its response and resolution clocks start again. */
    record Reopened(SupportCase supportCase, Instant at) implements CaseChange {
    }

    /** Triage is done ({@link CaseTriaged}). */
    record Triaged(SupportCase supportCase) implements CaseChange {
    }

    /** Something the customer hears of ({@link CaseEvent}). */
    record Notice(SupportCase supportCase, CaseEvent.Type type, String actor, Instant at, String message,
            Map<String, Object> facts) implements CaseChange {
    }
}
