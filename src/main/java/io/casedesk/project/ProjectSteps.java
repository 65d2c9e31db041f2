package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.casedesk.common.CurrentUser;

/** What the project's service tasks share: who acts, which project, which phase the phase task shows. */
final class ProjectSteps {

    /** The project of the instance; Java's alone, the models do not read it. */
    static final String PROJECT_ID = "projectId";
    /** The course of a training instance; Java's alone too. */
    static final String COURSE_ID = "courseId";
    /** Who started the project through the API (Tasklist's start is the signed-in manager's own). */
    static final String STARTED_BY = "startedBy";

    private ProjectSteps() {
    }

    static String actor(DelegateExecution execution) {
        String user = CurrentUser.id(execution.getProcessEngineServices().getIdentityService());
        return user != null ? user : "casedesk";
    }

    /** The phase the phase task shows. */
    static void phase(DelegateExecution execution, ProjectPhase phase) {
        execution.setVariable(PHASE_NUMBER, phase.number());
        execution.setVariable(PHASE_NAME, phase.label("en"));
    }

    static long projectId(DelegateExecution execution) {
        return ((Number) execution.getVariable(PROJECT_ID)).longValue();
    }
}
