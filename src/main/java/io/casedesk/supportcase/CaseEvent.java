package io.casedesk.supportcase;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the customer should hear about happened to a case. Published synchronously inside the
 * transaction of the change, so a listener's writes commit or roll back with it.
 *
 * @param id      unique per occurrence; a listener may use it to do its work only once
 * @param message the text that goes with the event: the update, the question, the resolution or the reason
 */
public record CaseEvent(UUID id, Type type, CaseView supportCase, String actor, Instant at, String message) {

    /** What happened. */
    public enum Type {
        OPENED, PUBLIC_UPDATE, QUESTION, ON_HOLD, SHIPPING, RESOLVED, CLOSED, CLOSED_NO_RESPONSE, REOPENED, DUPLICATE
    }
}
