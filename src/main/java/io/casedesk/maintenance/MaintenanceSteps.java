package io.casedesk.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;
import io.casedesk.common.DateTimeInput;

/**
 * The steps of {@code MaintenanceWindowProcess} and {@code MaintenancePlanningProcess}, called from their
 * expressions ({@code ${maintenanceSteps.announce(execution)}}).
 */
@Component("maintenanceSteps")
public class MaintenanceSteps {

    private final MaintenanceWindows windows;
    private final MaintenanceProperties properties;
    private final IdentityService identityService;
    private final Clock clock;

    MaintenanceSteps(MaintenanceWindows windows, MaintenanceProperties properties, IdentityService identityService,
            Clock clock) {
        this.windows = windows;
        this.properties = properties;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** The daily planning run: monthly and release windows within the horizon. */
    public void plan() {
        windows.plan();
    }

    /**
     * The window the instance is about: planned windows pass its id; an operator's Tasklist start form
     * passes the fields of an unscheduled window, which is registered here.
     */
    public void register(DelegateExecution execution) {
        Object id = execution.getVariable(MaintenanceWindowProcess.WINDOW_ID);
        if (id == null) {
            MaintenanceWindow window = windows.registerFromForm(new MaintenanceWindows.NewWindow(
                    ProcessVariables.text(execution, "title"), ProcessVariables.text(execution, "description"),
                    ProcessVariables.text(execution, "justification"),
                    lines(execution.getVariable("productLines")),
                    DateTimeInput.parse(execution.getVariable("startsAt"), properties.zone(), "start"),
                    DateTimeInput.parse(execution.getVariable("endsAt"), properties.zone(), "end"),
                    Boolean.TRUE.equals(execution.getVariable("serviceImpact"))), CurrentUser.actor(identityService));
            execution.setVariable(MaintenanceWindowProcess.WINDOW_ID, window.id());
            execution.setProcessBusinessKey(MaintenanceWindowProcess.businessKey(window.id()));
        }
    }

    /** The window's timeline as timer dates; {@code noticeNow} when the advance notice is due already. */
    public void timeline(DelegateExecution execution) {
        MaintenanceWindow window = windows.window(id(execution));
        execution.setVariable("noticeAt", Date.from(window.noticeAt()));
        execution.setVariable("startsAt", Date.from(window.startsAt()));
        execution.setVariable("endsAt", Date.from(window.endsAt()));
        execution.setVariable("noticeNow", !window.noticeAt().isAfter(Instant.now(clock)));
    }

    public void announce(DelegateExecution execution) {
        windows.announced(id(execution));
    }

    public void start(DelegateExecution execution) {
        windows.started(id(execution));
    }

    public void complete(DelegateExecution execution) {
        windows.completed(id(execution));
    }

    public void rescheduled(DelegateExecution execution) {
        windows.rescheduled(id(execution));
    }

    public void cancelled(DelegateExecution execution) {
        windows.cancelled(id(execution));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(MaintenanceWindowProcess.WINDOW_ID)).longValue();
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
