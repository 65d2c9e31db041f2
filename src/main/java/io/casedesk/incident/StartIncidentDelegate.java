package io.casedesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 1, reception: the incident flow of the case begins. */
@Component
class StartIncidentDelegate implements JavaDelegate {

    private final Incidents incidents;

    StartIncidentDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.received(execution.getProcessBusinessKey());
    }
}
