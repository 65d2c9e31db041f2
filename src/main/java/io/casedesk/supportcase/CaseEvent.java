package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Something the customer should hear about happened to a case. Published synchronously inside the
 * transaction of the change, so a listener's writes commit or roll back with it.
 *
 * @param id      unique per occurrence; a listener may use it to do its work only once
 * @param message the text that goes with the event: the update, the question, the resolution or the reason
 * @param facts   further facts a notice may show, such as the missing fields or the step of an incident
 */
public record CaseEvent(UUID id, Type type, CaseView supportCase, String actor, Instant at, String message,
        Map<String, Object> facts) {

    /** What happened. */
    public enum Type {
        OPENED, PUBLIC_UPDATE, QUESTION, ON_HOLD, SHIPPING, RESOLVED, CLOSED, CLOSED_NO_RESPONSE, REOPENED, DUPLICATE,
        /** The case waits for facts the customer has not given yet ({@code missingFields}). */
        INFORMATION_MISSING,
        /** A step of the incident flow was done ({@code step}, and the step's own facts). */
        INCIDENT_STEP
    }

    public CaseEvent {
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(facts));
    }
}
