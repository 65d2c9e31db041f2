package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 4, field dispatch done: technician and site are recorded. */
@Component
class RecordDispatchDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordDispatchDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.dispatched(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
