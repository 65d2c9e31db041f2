package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.ProcessVariables;

/** "Record what is missing": the phase is worked again. */
@Component
class RecordSendBackDelegate implements JavaDelegate {

    private final Projects projects;

    RecordSendBackDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.sentBack(ProjectSteps.projectId(execution), ProcessVariables.text(execution, "signedOffBy"),
                ProcessVariables.text(execution, SIGN_OFF_COMMENT));
    }
}
