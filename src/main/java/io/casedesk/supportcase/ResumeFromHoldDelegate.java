package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a hold when its date has come. */
@Component
class ResumeFromHoldDelegate implements JavaDelegate {

    private final CaseSteps steps;

    ResumeFromHoldDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.resumeFromHold(execution.getProcessBusinessKey());
    }
}
