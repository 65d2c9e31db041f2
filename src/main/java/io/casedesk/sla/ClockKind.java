package io.casedesk.sla;

/** The clocks of a case. */
public enum ClockKind {
    /** Stops at the first public response of an agent. */
    INITIAL_RESPONSE("initial response"),
    /** Restarts at every public update; an ETR replaces it. */
    UPDATE("update"),
    /** Stops when the case is resolved. */
    RESOLUTION("resolution");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    /** How people call the clock, e.g. "initial response". */
    public String label() {
        return label;
    }
}
