package io.casedesk.macd;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.SupportCaseVariables;

/** Asks the customer for the missing fields; sets when the case closes without a reply. */
@Component
class RequestMacdDataDelegate implements JavaDelegate {

    private final MacdIntake intake;

    RequestMacdDataDelegate(MacdIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SupportCaseVariables.NO_RESPONSE_DUE,
                Date.from(intake.requestData(execution.getProcessBusinessKey())));
    }
}
