package io.casedesk.bugtracker;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseView;

/** Files the case's defect and keeps the tracker's reference on the case ({@code defectReference}). */
@Component
class FileDefectDelegate implements JavaDelegate {

    private final BugTracker tracker;
    private final CaseSteps caseSteps;

    FileDefectDelegate(BugTracker tracker, CaseSteps caseSteps) {
        this.tracker = tracker;
        this.caseSteps = caseSteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        CaseView c = caseSteps.view(number);
        String reference = tracker.file(new BugTracker.Defect(number, c.organization(), c.subject(),
                caseSteps.description(number), c.priority().name(), c.productLine()));
        execution.setVariable(BugTracker.REFERENCE_DETAIL, reference);
        if (!c.status().isClosed()) {
            caseSteps.updateDetails(number, Map.of(BugTracker.REFERENCE_DETAIL, reference), "system");
        }
        caseSteps.record(number, "Filed in the bug tracker as " + reference, "system");
    }
}
