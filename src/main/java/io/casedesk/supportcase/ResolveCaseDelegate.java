package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the case resolved and asks the customer to confirm; sets when it closes without an answer. */
@Component
class ResolveCaseDelegate implements JavaDelegate {

    private final CaseSteps steps;

    ResolveCaseDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var due = steps.resolve(execution.getProcessBusinessKey(), string(execution, RESOLUTION_NOTE),
                ProcessActor.of(execution));
        execution.setVariable(NO_RESPONSE_DUE, date(due));
        consume(execution, WORK_ACTION, RESOLUTION_NOTE);
    }
}
