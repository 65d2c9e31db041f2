package io.casedesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case was resolved with its master case during the incident flow: its open step and the flow end. */
@Component
class StopIncidentFlowDelegate implements JavaDelegate {

    private final Incidents incidents;

    StopIncidentFlowDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.stoppedByMasterCase(execution.getProcessBusinessKey());
    }
}
