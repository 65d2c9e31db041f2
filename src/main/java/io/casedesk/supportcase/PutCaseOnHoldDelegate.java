package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the case on hold and sets the date at which it resumes by itself. */
@Component
class PutCaseOnHoldDelegate implements JavaDelegate {

    private final CaseSteps steps;

    PutCaseOnHoldDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var until = steps.putOnHold(execution.getProcessBusinessKey(), execution.getVariable(HOLD_UNTIL),
                string(execution, HOLD_REASON), ProcessActor.of(execution));
        execution.setVariable(ON_HOLD_UNTIL, date(until));
        consume(execution, WORK_ACTION, HOLD_UNTIL, HOLD_REASON);
    }
}
