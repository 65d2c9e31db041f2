package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that replacement hardware is on its way; carrier and tracking stay visible until delivery. */
@Component
class MarkShippingDelegate implements JavaDelegate {

    private final CaseSteps steps;

    MarkShippingDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.ship(execution.getProcessBusinessKey(), string(execution, CARRIER), string(execution, TRACKING_REFERENCE),
                ProcessActor.of(execution));
        consume(execution, WORK_ACTION);
    }
}
