package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names the BPMN model {@code processes/maintenance-window.bpmn} and the Java code share. */
public final class MaintenanceWindowProcess {

    public static final String PROCESS_ID = "MaintenanceWindowProcess";
    static final String MESSAGE_RESCHEDULED = "MaintenanceRescheduled";
    static final String MESSAGE_CANCELLED = "MaintenanceCancelled";
    static final String WINDOW_ID = "maintenanceWindowId";

    // the window's timeline, as timer dates
    static final String NOTICE_AT = "noticeAt";
    static final String STARTS_AT = "startsAt";
    static final String ENDS_AT = "endsAt";
    /** The advance notice is due already (a window planned at short notice). */
    static final String NOTICE_NOW = "noticeNow";

    // the start form of an unscheduled window ("announce-maintenance"); start and end are the timeline's names
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String JUSTIFICATION = "justification";
    static final String PRODUCT_LINES = "productLines";
    static final String SERVICE_IMPACT = "serviceImpact";

    private MaintenanceWindowProcess() {
    }

    static String businessKey(long windowId) {
        return "MW-" + windowId;
    }

    static long windowId(VariableScope execution) {
        return ((Number) execution.getVariable(WINDOW_ID)).longValue();
    }
}
