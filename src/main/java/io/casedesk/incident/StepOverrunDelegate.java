package io.casedesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step's target passed while its task is still open: escalates along the incident path. The
 * model names the step in the input parameter {@code step}.
 */
@Component
class StepOverrunDelegate implements JavaDelegate {

    private final Incidents incidents;

    StepOverrunDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.overrun(execution.getProcessBusinessKey(),
                IncidentStep.valueOf(String.valueOf(execution.getVariableLocal("step"))));
    }
}
