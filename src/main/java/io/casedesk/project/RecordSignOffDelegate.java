package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.ProcessVariables;

/** "Record the sign-off": the next phase begins, or the last one is done. */
@Component
class RecordSignOffDelegate implements JavaDelegate {

    private final Projects projects;

    RecordSignOffDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProjectSteps.projectId(execution);
        boolean last = projects.signedOff(id, ProcessVariables.text(execution, "signedOffBy"),
                ProcessVariables.text(execution, SIGN_OFF_COMMENT));
        execution.setVariable(LAST_PHASE, last);
        execution.removeVariable(SIGN_OFF_COMMENT);
        if (!last) {
            ProjectSteps.phase(execution, ProjectPhase.of(projects.view(id).phase()));
        }
    }
}
