package io.casedesk.maintenance;

public enum MaintenanceStatus {
    SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED
}
