package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with the agent's closing note and opens the reopen window. */
@Component
class CloseCaseDelegate implements JavaDelegate {

    private final CaseSteps steps;

    CloseCaseDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var deadline = steps.close(execution.getProcessBusinessKey(), string(execution, CLOSING_NOTE),
                ProcessActor.of(execution));
        execution.setVariable(REOPEN_DEADLINE, date(deadline));
        consume(execution, WORK_ACTION, CLOSING_NOTE);
    }
}
