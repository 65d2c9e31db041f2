package io.casedesk.incident;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;

/** Step 3 done: cause, plan and remedy are recorded; the remedy decides how the plan is carried out. */
@Component
class RecordDiagnosisDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final IdentityService identityService;

    RecordDiagnosisDelegate(Incidents incidents, IdentityService identityService) {
        this.incidents = incidents;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Incident.Remedy remedy = incidents.diagnosed(execution.getProcessBusinessKey(), execution.getVariables(),
                CurrentUser.actor(identityService));
        execution.setVariable(IncidentFacts.REMEDY, remedy.name());
    }
}
