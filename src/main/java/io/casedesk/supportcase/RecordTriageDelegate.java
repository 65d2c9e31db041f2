package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies L1's triage to the case, or notes that the case is to be closed as a duplicate. A group level 1
 * chose wins; left at "by the routing table" (or empty), the case goes where {@code CaseRouting} routed it.
 */
@Component
class RecordTriageDelegate implements JavaDelegate {

    private final CaseSteps steps;

    RecordTriageDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean duplicate = flag(execution, MARK_AS_DUPLICATE);
        execution.setVariable(DUPLICATE, duplicate);
        consume(execution, MARK_AS_DUPLICATE);
        if (duplicate) {
            return;
        }
        String chosen = string(execution, ASSIGNED_GROUP);
        String group = chosen != null && !ROUTE_BY_TABLE.equals(chosen) ? chosen : string(execution, ROUTED_GROUP);
        steps.triage(execution.getProcessBusinessKey(), string(execution, PRIORITY), string(execution, CASE_TYPE),
                string(execution, PRODUCT_LINE), string(execution, CATEGORY), group, ProcessActor.of(execution));
        execution.setVariable(ASSIGNED_GROUP, group);
        consume(execution, ROUTED_GROUP);
    }
}
