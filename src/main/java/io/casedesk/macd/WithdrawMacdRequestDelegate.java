package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case was resolved with its master case during the request: a pending approval is withdrawn. */
@Component
class WithdrawMacdRequestDelegate implements JavaDelegate {

    private final MacdApprovals approvals;

    WithdrawMacdRequestDelegate(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approvals.withdraw(execution.getProcessBusinessKey());
    }
}
