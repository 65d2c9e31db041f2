package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window began: its status changes and the organizations are told. */
@Component
class MarkWindowStartedDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    MarkWindowStartedDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.started(MaintenanceWindowProcess.windowId(execution));
    }
}
