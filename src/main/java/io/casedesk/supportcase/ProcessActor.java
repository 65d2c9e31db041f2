package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who caused a process step: the user who completed the task, or the system for timers and jobs. */
final class ProcessActor {

    private ProcessActor() {
    }

    static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SupportCase.SYSTEM;
    }
}
