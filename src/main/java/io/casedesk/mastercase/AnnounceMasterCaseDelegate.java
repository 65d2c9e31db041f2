package io.casedesk.mastercase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells every affected organization of the master case, and lists its linked cases for the managers' form. */
@Component
class AnnounceMasterCaseDelegate implements JavaDelegate {

    private final MasterCases masterCases;

    AnnounceMasterCaseDelegate(MasterCases masterCases) {
        this.masterCases = masterCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        masterCases.announce(execution.getProcessBusinessKey());
        execution.setVariable(MasterCaseProcess.LINKED_CASES, masterCases.linkedSummary(execution.getProcessBusinessKey()));
    }
}
