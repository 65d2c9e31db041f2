package io.casedesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.CaseSteps;

/** The customer never sent the missing facts: the case closes as Closed No Response. */
@Component
class CloseIncidentNoResponseDelegate implements JavaDelegate {

    private final CaseSteps caseSteps;

    CloseIncidentNoResponseDelegate(CaseSteps caseSteps) {
        this.caseSteps = caseSteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseSteps.closeForNoResponse(execution.getProcessBusinessKey());
        execution.setVariable(IncidentProcess.OUTCOME, IncidentProcess.CLOSED_NO_RESPONSE);
    }
}
