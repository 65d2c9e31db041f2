package io.casedesk.sla;

/** Names the BPMN model {@code processes/sla-clock.bpmn} and the Java code share. */
public final class SlaClockProcess {

    public static final String PROCESS_ID = "SlaClockProcess";
    public static final String MESSAGE_CHANGED = "SlaClockChanged";
    public static final String MESSAGE_STOPPED = "SlaClockStopped";

    static final String CLOCK_ID = "clockId";
    /** The kind of clock an instance times, e.g. {@code UPDATE}: shown in Cockpit, handy in queries. */
    public static final String CLOCK = "clock";
    static final String WARN_AT = "warnAt";
    static final String DUE_AT = "dueAt";
    static final String PAUSED = "paused";
    static final String WARNED = "warned";

    private SlaClockProcess() {
    }
}
