package io.casedesk.macd;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Records the fields the agent entered from the customer's reply. */
@Component
class RecordMacdDataDelegate implements JavaDelegate {

    private final MacdIntake intake;
    private final IdentityService identityService;

    RecordMacdDataDelegate(MacdIntake intake, IdentityService identityService) {
        this.intake = intake;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        intake.dataEntered(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
