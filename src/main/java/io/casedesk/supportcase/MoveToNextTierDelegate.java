package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.ASSIGNED_GROUP;
import static io.casedesk.supportcase.SupportCaseVariables.ESCALATION_REASON;
import static io.casedesk.supportcase.SupportCaseVariables.WORK_ACTION;
import static io.casedesk.supportcase.SupportCaseVariables.consume;
import static io.casedesk.supportcase.SupportCaseVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the case to the next support tier after an agent's escalation or an SLA breach. */
@Component
class MoveToNextTierDelegate implements JavaDelegate {

    private final CaseSteps steps;

    MoveToNextTierDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = steps.escalateToNextTier(execution.getProcessBusinessKey(), string(execution, ESCALATION_REASON),
                ProcessActor.of(execution));
        execution.setVariable(ASSIGNED_GROUP, group);
        consume(execution, WORK_ACTION, ESCALATION_REASON);
    }
}
