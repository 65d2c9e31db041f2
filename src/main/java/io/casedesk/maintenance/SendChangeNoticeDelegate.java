package io.casedesk.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window was moved: the organizations are told the new times and its timeline starts over. */
@Component
class SendChangeNoticeDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;

    SendChangeNoticeDelegate(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windows.rescheduled(MaintenanceWindowProcess.windowId(execution));
    }
}
