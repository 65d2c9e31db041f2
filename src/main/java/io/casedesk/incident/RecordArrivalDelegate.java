package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 4, the technician reported on site: the customer is told. */
@Component
class RecordArrivalDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordArrivalDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.arrived(execution.getProcessBusinessKey(), CurrentUser.actor(identityService));
    }
}
