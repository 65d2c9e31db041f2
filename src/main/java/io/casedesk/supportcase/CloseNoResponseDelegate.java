package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case whose customer did not reply within the no-response period. */
@Component
class CloseNoResponseDelegate implements JavaDelegate {

    private final CaseSteps steps;

    CloseNoResponseDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closeForNoResponse(execution.getProcessBusinessKey());
    }
}
