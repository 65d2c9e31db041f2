package io.casedesk.sla;

import java.time.Instant;

/** A clock of a case has used up most of its target (see {@code casedesk.sla.warning-at}). */
public record SlaWarningRaised(String caseNumber, ClockKind clock, String priority, Instant dueAt) {
}
