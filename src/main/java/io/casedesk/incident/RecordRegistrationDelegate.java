package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 2 done: the incident's facts are kept on the case and the customer is told. */
@Component
class RecordRegistrationDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordRegistrationDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.registered(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
