package io.casedesk.incident;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.Labels;
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
    private final Labels labels;

    CheckIncidentFactsDelegate(Incidents incidents, CaseSteps caseSteps, IncidentProperties properties, Labels labels) {
        this.labels = labels;
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
                execution.setVariable(fact, incidents.factForForm(caseNumber, fact, details.get(fact)));
            }
        }
        execution.setVariable(IncidentVariables.FACTS_COMPLETE, missing.isEmpty());
        // the forms are in English; the label table names each fact
        execution.setVariable(IncidentVariables.MISSING_FACTS, labels.of(Labels.Kind.FACT, missing, Locale.ENGLISH));
    }
}
