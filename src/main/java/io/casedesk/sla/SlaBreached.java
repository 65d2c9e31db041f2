package io.casedesk.sla;

import java.time.Instant;

/** A clock of a case passed its due time: recorded as a breach, and the case escalates. */
public record SlaBreached(String caseNumber, ClockKind clock, String priority, Instant dueAt, Instant breachedAt) {
}
