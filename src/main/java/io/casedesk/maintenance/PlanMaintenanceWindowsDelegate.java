package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The nightly planning run: the monthly and release windows within the horizon get their processes. */
@Component
class PlanMaintenanceWindowsDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    PlanMaintenanceWindowsDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.plan();
    }
}
