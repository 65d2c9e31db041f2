package io.casedesk.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.casedesk.common.CurrentUser;

/** Who caused a process step: the user who completed the task, or the system for timers and jobs. */
final class ProcessActor {

    private ProcessActor() {
    }

    static String of(DelegateExecution execution) {
        String user = CurrentUser.id(execution.getProcessEngineServices().getIdentityService());
        return user != null ? user : SupportCase.SYSTEM;
    }
}
