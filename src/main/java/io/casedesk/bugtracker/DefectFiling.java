package io.casedesk.bugtracker;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.SupportCaseVariables;
import io.casedesk.supportcase.CaseTriaged;

/**
 * A case triaged as a software defect is filed in the bug tracker by {@code DefectFilingProcess},
 * started in the triage's own transaction: the defect is never lost, and a tracker outage only
 * delays it (the engine retries, then shows an incident in Cockpit).
 */
@Component
class DefectFiling {

    static final String SOFTWARE_DEFECT = "SOFTWARE_DEFECT";

    private static final Logger log = LoggerFactory.getLogger(DefectFiling.class);

    private final RuntimeService runtimeService;
    private final BugTrackerProperties properties;
    private final CaseSteps caseSteps;

    DefectFiling(RuntimeService runtimeService, BugTrackerProperties properties, CaseSteps caseSteps) {
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.caseSteps = caseSteps;
    }

    @EventListener
    void triaged(CaseTriaged triaged) {
        if (!SOFTWARE_DEFECT.equals(triaged.category())) {
            return;
        }
        if (caseSteps.details(triaged.caseNumber()).containsKey(BugTracker.REFERENCE_DETAIL)
                || runtimeService.createProcessInstanceQuery().processDefinitionKey(DefectFilingProcess.PROCESS_ID)
                        .processInstanceBusinessKey(triaged.caseNumber()).count() > 0) {
            return;
        }
        if (!properties.enabled()) {
            log.warn("{} is a software defect but no bug tracker is configured (casedesk.bug-tracker.url)",
                    triaged.caseNumber());
            caseSteps.record(triaged.caseNumber(), "Software defect not filed: no bug tracker is configured", "system");
            return;
        }
        runtimeService.startProcessInstanceByKey(DefectFilingProcess.PROCESS_ID, triaged.caseNumber(),
                Map.of(SupportCaseVariables.CASE_NUMBER, triaged.caseNumber()));
    }
}
