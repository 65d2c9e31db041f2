package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** The agent entered the facts the customer sent: they are kept on the case before the report is checked again. */
@Component
class RecordIncidentFactsDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordIncidentFactsDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.recordFacts(execution.getProcessBusinessKey(), execution.getVariables(), CurrentUser.actor(identityService));
    }
}
