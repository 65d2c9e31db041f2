package io.casedesk.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An implementation project as people read it.
 *
 * @param phase   1 to 5 while it runs; 5 once handed over
 * @param events  what happened, oldest first: started, submitted for sign-off, signed off, sent back, handed over
 */
public record ProjectView(long id, String organization, String productLine, String title, String plan, int phase,
        String phaseName, String status, Instant startedAt, String startedBy, Instant handedOverAt, List<Event> events,
        List<Course> courses) {

    public record Event(Instant at, String actor, int phase, String kind, String text) {
    }

    /** An on-site training course: two days, up to six attendees, in a room the customer provides. */
    public record Course(long id, LocalDate startsOn, String place, String materialsUrl, Instant remindedAt,
            String attendees, Instant recordedAt) {
    }

    /** Whether the customer's sign-off of the current phase is awaited. */
    public boolean awaitingSignOff() {
        return "RUNNING".equals(status) && !events.isEmpty() && "SUBMITTED".equals(events.get(events.size() - 1).kind());
    }
}
