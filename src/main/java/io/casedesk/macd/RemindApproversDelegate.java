package io.casedesk.macd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends each MPOC the request again with a new link while no one has decided. */
@Component
class RemindApproversDelegate implements JavaDelegate {

    private final MacdApprovals approvals;

    RemindApproversDelegate(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        approvals.remindApprovers(execution.getProcessBusinessKey());
    }
}
