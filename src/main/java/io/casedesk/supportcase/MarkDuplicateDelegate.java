package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case as a duplicate of the main case the agent named. */
@Component
class MarkDuplicateDelegate implements JavaDelegate {

    private final CaseSteps steps;

    MarkDuplicateDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markDuplicate(execution.getProcessBusinessKey(), string(execution, DUPLICATE_OF), ProcessActor.of(execution));
        consume(execution, WORK_ACTION);
    }
}
