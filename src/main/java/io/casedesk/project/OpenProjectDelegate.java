package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.ProcessVariables;
import io.casedesk.supportcase.SupportCaseVariables;

/** "Open the project": from the start form's facts; the instance gets the project's business key. */
@Component
class OpenProjectDelegate implements JavaDelegate {

    private final Projects projects;

    OpenProjectDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = projects.open(ProcessVariables.text(execution, ORGANIZATION),
                ProcessVariables.text(execution, PRODUCT_LINE), ProcessVariables.text(execution, TITLE),
                ProcessVariables.text(execution, PLAN), starter(execution));
        execution.setVariable(ProjectSteps.PROJECT_ID, id);
        execution.setProcessBusinessKey(Projects.businessKey(id));
        // Tasklist's cards name the organization, as they do for cases
        execution.setVariable(SupportCaseVariables.ORGANIZATION_NAME, projects.organizationName(id));
        ProjectSteps.phase(execution, ProjectPhase.ANALYSIS);
    }

    private static String starter(DelegateExecution execution) {
        String starter = ProcessVariables.text(execution, ProjectSteps.STARTED_BY);
        return starter != null ? starter : ProjectSteps.actor(execution);
    }
}
