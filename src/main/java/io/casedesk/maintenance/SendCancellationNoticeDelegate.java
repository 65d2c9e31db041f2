package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window was cancelled: the organizations that were told of it are told. */
@Component
class SendCancellationNoticeDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    SendCancellationNoticeDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.cancelled(MaintenanceWindowProcess.windowId(execution));
    }
}
