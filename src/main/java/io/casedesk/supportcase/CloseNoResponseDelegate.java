package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case whose customer did not reply within the no-response period. */
@Component
class CloseNoResponseDelegate implements JavaDelegate {

    private final CaseWork work;

    CloseNoResponseDelegate(CaseWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.closeForNoResponse(execution.getProcessBusinessKey());
    }
}
