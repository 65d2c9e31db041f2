package io.casedesk.maintenance;

/** The three kinds of maintenance the support plans announce. */
public enum MaintenanceKind {
    /** Proactive routine work on the third Friday of each month: reminder a week before, notices at start and end. */
    MONTHLY,
    /** Platform updates every three weeks on a Tuesday evening: notice 24 hours before, no service impact. */
    RELEASE,
    /** Work too critical to wait: announced at once, with notices at start and end. */
    UNSCHEDULED
}
