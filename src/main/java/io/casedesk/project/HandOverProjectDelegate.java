package io.casedesk.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hand over to support". */
@Component
class HandOverProjectDelegate implements JavaDelegate {

    private final Projects projects;

    HandOverProjectDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.handOver(ProjectSteps.projectId(execution), ProjectSteps.actor(execution));
    }
}
