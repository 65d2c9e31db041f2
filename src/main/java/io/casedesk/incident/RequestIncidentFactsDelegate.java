package io.casedesk.incident;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.SupportCaseVariables;

/** Asks the customer by mail for the facts the report lacks; the case waits for their reply. */
@Component
class RequestIncidentFactsDelegate implements JavaDelegate {

    private final Incidents incidents;

    RequestIncidentFactsDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        execution.setVariable(SupportCaseVariables.NO_RESPONSE_DUE,
                Date.from(incidents.requestFacts(caseNumber, incidents.missingFacts(caseNumber))));
    }
}
