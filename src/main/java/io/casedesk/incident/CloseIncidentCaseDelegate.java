package io.casedesk.incident;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.supportcase.SupportCaseVariables;

/** Step 7: the incident and its case close; sets the end of the reopen window and the flow's outcome. */
@Component
class CloseIncidentCaseDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    CloseIncidentCaseDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant reopenUntil = incidents.closed(execution.getProcessBusinessKey(), execution.getVariables(),
                CurrentUser.actor(identityService));
        execution.setVariable(SupportCaseVariables.REOPEN_DEADLINE, Date.from(reopenUntil));
        execution.setVariable(IncidentProcess.OUTCOME, IncidentProcess.CLOSED);
    }
}
