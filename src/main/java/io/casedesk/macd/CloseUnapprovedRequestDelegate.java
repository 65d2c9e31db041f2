package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No MPOC decided in time: the request closes as Closed No Response. */
@Component
class CloseUnapprovedRequestDelegate implements JavaDelegate {

    private final MacdApprovals approvals;

    CloseUnapprovedRequestDelegate(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approvals.expire(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.OUTCOME, MacdRequestProcess.CLOSED_NO_RESPONSE);
    }
}
