package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the agent's question and sets when the case closes if the customer does not reply. */
@Component
class AskCustomerDelegate implements JavaDelegate {

    private final CaseSteps steps;

    AskCustomerDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var due = steps.askCustomer(execution.getProcessBusinessKey(), string(execution, QUESTION), ProcessActor.of(execution));
        execution.setVariable(NO_RESPONSE_DUE, date(due));
        consume(execution, WORK_ACTION, QUESTION);
    }
}
