package io.casedesk.maintenance;

/**
 * A notice about a maintenance window went to the affected organizations; published so that the status
 * page can tell its subscribers.
 *
 * @param key identifies the notice; the same key is never sent twice
 */
public record MaintenanceNoticed(MaintenanceView window, MaintenanceNotice.Stage stage, String key) {
}
