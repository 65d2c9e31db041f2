package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shipment arrived: the case is back in progress. */
@Component
class RecordDeliveryDelegate implements JavaDelegate {

    private final CaseSteps steps;

    RecordDeliveryDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.confirmDelivery(execution.getProcessBusinessKey(), string(execution, DELIVERY_NOTE), ProcessActor.of(execution));
        consume(execution, DELIVERY_NOTE, DELIVERED, CARRIER, TRACKING_REFERENCE);
    }
}
