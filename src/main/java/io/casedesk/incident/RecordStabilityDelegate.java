package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 6 done: whether the service stayed stable decides between closure and a new diagnosis. */
@Component
class RecordStabilityDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordStabilityDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(IncidentFacts.STABLE,
                incidents.stabilityObserved(execution.getProcessBusinessKey(), execution.getVariables(),
                        CurrentUser.actor(identityService)));
    }
}
