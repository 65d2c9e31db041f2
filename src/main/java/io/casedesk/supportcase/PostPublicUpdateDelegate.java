package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Posts the agent's public update to the customer. */
@Component
class PostPublicUpdateDelegate implements JavaDelegate {

    private final CaseSteps steps;

    PostPublicUpdateDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.postUpdate(execution.getProcessBusinessKey(), string(execution, UPDATE_MESSAGE), execution.getVariable(ETR),
                ProcessActor.of(execution));
        consume(execution, WORK_ACTION, UPDATE_MESSAGE, ETR);
    }
}
