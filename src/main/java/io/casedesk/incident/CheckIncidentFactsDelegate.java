package io.casedesk.incident;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.CaseSteps;

/**
 * Checks the report for the facts review needs (affected extension or user, traffic direction,
 * counterpart number, time of occurrence) and puts those known into the forms of the next steps.
 */
@Component
class CheckIncidentFactsDelegate implements JavaDelegate {

    private final Incidents incidents;
    private final CaseSteps caseSteps;
    private final IncidentProperties properties;

    CheckIncidentFactsDelegate(Incidents incidents, CaseSteps caseSteps, IncidentProperties properties) {
        this.incidents = incidents;
        this.caseSteps = caseSteps;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        List<String> missing = incidents.missingFacts(caseNumber);
        Map<String, Object> details = caseSteps.details(caseNumber);
        for (String fact : properties.requiredDetails()) {
            if (details.get(fact) != null) {
                execution.setVariable(fact, details.get(fact).toString());
            }
        }
        execution.setVariable(IncidentVariables.FACTS_COMPLETE, missing.isEmpty());
        execution.setVariable(IncidentVariables.MISSING_FACTS, String.join(", ", missing));
    }
}
