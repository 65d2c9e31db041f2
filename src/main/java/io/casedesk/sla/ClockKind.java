package io.casedesk.sla;

/** The clocks of a case. */
public enum ClockKind {
    /** Stops at the first public response of an agent. */
    INITIAL_RESPONSE,
    /** Restarts at every public update; an ETR replaces it. */
    UPDATE,
    /** Stops when the case is resolved. */
    RESOLUTION
}
