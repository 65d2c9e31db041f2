package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the affected organizations of the coming window. */
@Component
class SendAdvanceNoticeDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    SendAdvanceNoticeDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.announced(MaintenanceWindowProcess.windowId(execution));
    }
}
