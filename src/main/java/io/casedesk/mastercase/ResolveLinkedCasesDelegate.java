package io.casedesk.mastercase;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;

/** Resolves every open linked case with the master's note, tells everyone, and closes the master case. */
@Component
class ResolveLinkedCasesDelegate implements JavaDelegate {

    private final MasterCases masterCases;
    private final IdentityService identityService;

    ResolveLinkedCasesDelegate(MasterCases masterCases, IdentityService identityService) {
        this.masterCases = masterCases;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        masterCases.resolveAll(execution.getProcessBusinessKey(), ProcessVariables.text(execution, MasterCaseProcess.MESSAGE),
                ProcessVariables.text(execution, MasterCaseProcess.LINK_CASES), CurrentUser.actor(identityService));
    }
}
