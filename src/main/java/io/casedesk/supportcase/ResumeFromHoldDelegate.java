package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a hold when its date has come. */
@Component
class ResumeFromHoldDelegate implements JavaDelegate {

    private final CaseWork work;

    ResumeFromHoldDelegate(CaseWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.resumeFromHold(execution.getProcessBusinessKey());
    }
}
