package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer never sent the missing fields: the case closes as Closed No Response. */
@Component
class CloseMacdForMissingDataDelegate implements JavaDelegate {

    private final MacdIntake intake;

    CloseMacdForMissingDataDelegate(MacdIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        intake.closeForNoData(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.OUTCOME, MacdRequestProcess.CLOSED_NO_RESPONSE);
    }
}
