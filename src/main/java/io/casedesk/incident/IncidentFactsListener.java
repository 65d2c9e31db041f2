package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** The agent entered the facts the customer sent: they are kept on the case before the report is checked again. */
@Component
class IncidentFactsListener implements TaskListener {

    private final Incidents incidents;
    private final IdentityService identityService;

    IncidentFactsListener(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        incidents.recordFacts(task.getExecution().getProcessBusinessKey(), task.getVariables(),
                CurrentUser.actor(identityService));
    }
}
