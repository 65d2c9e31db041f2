package io.casedesk.mastercase;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;

/** The steps of {@code MasterCaseProcess}, called from its expressions ({@code ${masterCaseSteps.announce(execution)}}). */
@Component("masterCaseSteps")
public class MasterCaseSteps {

    private final MasterCases masterCases;
    private final IdentityService identityService;

    MasterCaseSteps(MasterCases masterCases, IdentityService identityService) {
        this.masterCases = masterCases;
        this.identityService = identityService;
    }

    public void announce(DelegateExecution execution) {
        masterCases.announce(execution.getProcessBusinessKey());
        execution.setVariable(MasterCaseProcess.LINKED_CASES, masterCases.linkedSummary(execution.getProcessBusinessKey()));
    }

    public void publishUpdate(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        masterCases.publishUpdate(number, ProcessVariables.text(execution, MasterCaseProcess.MESSAGE),
                ProcessVariables.text(execution, MasterCaseProcess.LINK_CASES), CurrentUser.actor(identityService));
        consumeForm(execution);
        execution.setVariable(MasterCaseProcess.LINKED_CASES, masterCases.linkedSummary(number));
    }

    public void resolve(DelegateExecution execution) {
        masterCases.resolveAll(execution.getProcessBusinessKey(),
                ProcessVariables.text(execution, MasterCaseProcess.MESSAGE),
                ProcessVariables.text(execution, MasterCaseProcess.LINK_CASES), CurrentUser.actor(identityService));
    }

    /** Each update starts from an empty form. */
    private static void consumeForm(DelegateExecution execution) {
        execution.removeVariable(MasterCaseProcess.MESSAGE);
        execution.removeVariable(MasterCaseProcess.LINK_CASES);
        execution.removeVariable(MasterCaseProcess.ACTION);
    }
}
