package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails every MPOC a personal approval link; the case waits for their decision. */
@Component
class RequestMacdApprovalDelegate implements JavaDelegate {

    private final MacdApprovals approvals;

    RequestMacdApprovalDelegate(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approvals.requestApproval(execution.getProcessBusinessKey());
    }
}
