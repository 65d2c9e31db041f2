package io.casedesk.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the room requirements", two weeks before the course. */
@Component
class SendTrainingReminderDelegate implements JavaDelegate {

    private final Projects projects;

    SendTrainingReminderDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.remind(((Number) execution.getVariable(ProjectSteps.COURSE_ID)).longValue());
    }
}
