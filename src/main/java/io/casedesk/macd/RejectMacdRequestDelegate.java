package io.casedesk.macd;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.SupportCaseVariables;

/** An MPOC rejected the request: the case closes with their reason; sets the end of its reopen window. */
@Component
class RejectMacdRequestDelegate implements JavaDelegate {

    private final MacdApprovals approvals;

    RejectMacdRequestDelegate(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SupportCaseVariables.REOPEN_DEADLINE,
                Date.from(approvals.reject(execution.getProcessBusinessKey())));
        execution.setVariable(MacdRequestProcess.OUTCOME, MacdRequestProcess.REJECTED);
    }
}
