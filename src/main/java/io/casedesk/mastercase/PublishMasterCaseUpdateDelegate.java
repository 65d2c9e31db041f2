package io.casedesk.mastercase;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;

/** Links the cases named in the form and posts the update to every affected organization; the next form starts empty. */
@Component
class PublishMasterCaseUpdateDelegate implements JavaDelegate {

    private final MasterCases masterCases;
    private final IdentityService identityService;

    PublishMasterCaseUpdateDelegate(MasterCases masterCases, IdentityService identityService) {
        this.masterCases = masterCases;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        masterCases.publishUpdate(number, ProcessVariables.text(execution, MasterCaseProcess.MESSAGE),
                ProcessVariables.text(execution, MasterCaseProcess.LINK_CASES), CurrentUser.actor(identityService));
        execution.removeVariable(MasterCaseProcess.MESSAGE);
        execution.removeVariable(MasterCaseProcess.LINK_CASES);
        execution.removeVariable(MasterCaseProcess.ACTION);
        execution.setVariable(MasterCaseProcess.LINKED_CASES, masterCases.linkedSummary(number));
    }
}
