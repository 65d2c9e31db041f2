package io.casedesk.incident;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the site class's travel window ({@code DispatchWindow}) into the technician's arrival window,
 * tells the customer, and sets the time the arrival timer waits for.
 */
@Component
class AnnounceArrivalDelegate implements JavaDelegate {

    private final Incidents incidents;

    AnnounceArrivalDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> window = execution.getVariable(IncidentVariables.TRAVEL_WINDOW) instanceof Map<?, ?> map ? map : Map.of();
        var due = incidents.travelWindow(execution.getProcessBusinessKey(), duration(window.get("earliest")),
                duration(window.get("latest")), execution.getVariable(IncidentFacts.AGREED_ETA));
        execution.setVariable(IncidentVariables.ARRIVAL_DUE, Date.from(due));
        execution.removeVariable(IncidentVariables.TRAVEL_WINDOW);
    }

    private static Duration duration(Object iso) {
        return iso == null || iso.toString().isBlank() ? null : Duration.parse(iso.toString());
    }
}
