package io.casedesk.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the window's timeline as timer dates, and whether the advance notice is due already. */
@Component
class PlanMaintenanceNoticesDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;
    private final Clock clock;

    PlanMaintenanceNoticesDelegate(MaintenanceWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MaintenanceWindow window = windows.window(MaintenanceWindowProcess.windowId(execution));
        execution.setVariable(MaintenanceWindowProcess.NOTICE_AT, Date.from(window.noticeAt()));
        execution.setVariable(MaintenanceWindowProcess.STARTS_AT, Date.from(window.startsAt()));
        execution.setVariable(MaintenanceWindowProcess.ENDS_AT, Date.from(window.endsAt()));
        execution.setVariable(MaintenanceWindowProcess.NOTICE_NOW, !window.noticeAt().isAfter(Instant.now(clock)));
    }
}
