package io.casedesk.sla;

import java.time.Instant;

/** The earliest due time of a case's running clocks changed; {@code null} when no clock runs. */
public record SlaDueChanged(String caseNumber, Instant nextDue) {
}
