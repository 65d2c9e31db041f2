package io.casedesk.macd;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;
import io.casedesk.supportcase.SupportCaseVariables;

/** The work is done: the provisioning fee is billed and the case resolved; sets when it closes unconfirmed. */
@Component
class CompleteMacdRequestDelegate implements JavaDelegate {

    private final Billing billing;
    private final IdentityService identityService;

    CompleteMacdRequestDelegate(Billing billing, IdentityService identityService) {
        this.billing = billing;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant noResponseDue = billing.complete(execution.getProcessBusinessKey(),
                ProcessVariables.text(execution, MacdRequestProcess.WORK_NOTE), CarryOutForm.minutes(execution),
                CurrentUser.actor(identityService));
        execution.setVariable(SupportCaseVariables.NO_RESPONSE_DUE, Date.from(noResponseDue));
        execution.setVariable(MacdRequestProcess.OUTCOME, MacdRequestProcess.COMPLETED);
        CarryOutForm.consume(execution);
    }
}
