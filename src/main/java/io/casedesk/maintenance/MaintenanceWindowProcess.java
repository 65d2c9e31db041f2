package io.casedesk.maintenance;

/** Names the BPMN model {@code processes/maintenance-window.bpmn} and the Java code share. */
public final class MaintenanceWindowProcess {

    public static final String PROCESS_ID = "MaintenanceWindowProcess";
    static final String MESSAGE_RESCHEDULED = "MaintenanceRescheduled";
    static final String MESSAGE_CANCELLED = "MaintenanceCancelled";
    static final String WINDOW_ID = "maintenanceWindowId";

    private MaintenanceWindowProcess() {
    }

    static String businessKey(long windowId) {
        return "MW-" + windowId;
    }
}
