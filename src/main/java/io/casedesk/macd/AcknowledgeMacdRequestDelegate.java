package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.SupportCaseVariables;

/** Records the request, hands the case to the work group and acknowledges it to the customer. */
@Component
class AcknowledgeMacdRequestDelegate implements JavaDelegate {

    private final MacdIntake intake;
    private final MacdProperties properties;

    AcknowledgeMacdRequestDelegate(MacdIntake intake, MacdProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MacdRequest request = intake.receive(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.APPROVAL_NEEDED, request.needsApproval());
        execution.setVariable(SupportCaseVariables.ASSIGNED_GROUP, properties.workGroup());
    }
}
