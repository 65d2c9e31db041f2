package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window ended: its status changes and the organizations are told. */
@Component
class MarkWindowCompletedDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    MarkWindowCompletedDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.completed(MaintenanceWindowProcess.windowId(execution));
    }
}
