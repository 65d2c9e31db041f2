package io.casedesk.sla;

import java.time.Instant;

/** A breach as shown on the case: which clock, when it was due, when the breach was recorded. */
public record BreachView(ClockKind clock, Instant due, Instant breachedAt) {
}
