package io.casedesk.macd;

import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.DateTimeInput;
import io.casedesk.common.ProcessVariables;

/** A carrier or vendor holds the work up: the customer is told and the completion target moves to their date. */
@Component
class NotifyVendorDelayDelegate implements JavaDelegate {

    private final MacdVendorDelays vendorDelays;
    private final IdentityService identityService;

    NotifyVendorDelayDelegate(MacdVendorDelays vendorDelays, IdentityService identityService) {
        this.vendorDelays = vendorDelays;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Instant expectedBy = DateTimeInput.parse(execution.getVariable(MacdRequestProcess.VENDOR_EXPECTED_BY),
                vendorDelays.zone(caseNumber), "date the carrier or vendor expects to be done");
        vendorDelays.vendorDelay(caseNumber, ProcessVariables.text(execution, MacdRequestProcess.VENDOR), expectedBy,
                ProcessVariables.text(execution, MacdRequestProcess.WORK_NOTE), CarryOutForm.minutes(execution),
                CurrentUser.actor(identityService));
        CarryOutForm.consume(execution);
    }
}
