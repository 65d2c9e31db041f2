package io.casedesk.sla;

import java.time.Instant;
import java.util.List;

/**
 * The SLA block of a case: the current due dates of its running clocks ({@code null} when a clock is not
 * running) and every breach so far.
 */
public record SlaStatus(Instant initialResponseDue, Instant nextUpdateDue, Instant resolutionDue, List<BreachView> breaches) {

    public static final SlaStatus NONE = new SlaStatus(null, null, null, List.of());
}
