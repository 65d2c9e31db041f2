package io.casedesk.maintenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.DateTimeInput;
import io.casedesk.common.ProcessVariables;

/**
 * The window the instance is about: planned windows pass its id; an operator's Tasklist start form passes the
 * fields of an unscheduled window, which is registered here.
 */
@Component
class RegisterMaintenanceWindowDelegate implements JavaDelegate {

    private final MaintenanceWindows windows;
    private final MaintenanceProperties properties;
    private final IdentityService identityService;

    RegisterMaintenanceWindowDelegate(MaintenanceWindows windows, MaintenanceProperties properties,
            IdentityService identityService) {
        this.windows = windows;
        this.properties = properties;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(MaintenanceWindowProcess.WINDOW_ID) != null) {
            return;
        }
        MaintenanceWindow window = windows.registerFromForm(new MaintenanceWindows.NewWindow(
                ProcessVariables.text(execution, MaintenanceWindowProcess.TITLE),
                ProcessVariables.text(execution, MaintenanceWindowProcess.DESCRIPTION),
                ProcessVariables.text(execution, MaintenanceWindowProcess.JUSTIFICATION),
                lines(execution.getVariable(MaintenanceWindowProcess.PRODUCT_LINES)),
                DateTimeInput.parse(execution.getVariable(MaintenanceWindowProcess.STARTS_AT), properties.zone(), "start"),
                DateTimeInput.parse(execution.getVariable(MaintenanceWindowProcess.ENDS_AT), properties.zone(), "end"),
                Boolean.TRUE.equals(execution.getVariable(MaintenanceWindowProcess.SERVICE_IMPACT))),
                CurrentUser.actor(identityService));
        execution.setVariable(MaintenanceWindowProcess.WINDOW_ID, window.id());
        execution.setProcessBusinessKey(MaintenanceWindowProcess.businessKey(window.id()));
    }

    /** A form's checklist gives a list; a single value is one line. */
    private static List<String> lines(Object value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> lines.add(v.toString()));
        } else if (value != null) {
            for (String line : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
