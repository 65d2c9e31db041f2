package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 5 done: the resolution and who confirmed it are recorded and the customer is told. */
@Component
class RecordVerificationDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordVerificationDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.verified(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
