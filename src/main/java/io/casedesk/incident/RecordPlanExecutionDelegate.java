package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 4 done remotely: the actions taken are recorded and the customer is told. */
@Component
class RecordPlanExecutionDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordPlanExecutionDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.planExecuted(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
