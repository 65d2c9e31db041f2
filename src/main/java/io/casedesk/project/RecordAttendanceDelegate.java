package io.casedesk.project;

import static io.casedesk.project.TrainingCourseProcess.ATTENDEES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.ProcessVariables;

/** "Record attendance", from the trainer's task. */
@Component
class RecordAttendanceDelegate implements JavaDelegate {

    private final Projects projects;

    RecordAttendanceDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.recordAttendance(((Number) execution.getVariable(ProjectSteps.COURSE_ID)).longValue(),
                ProcessVariables.text(execution, ATTENDEES), ProjectSteps.actor(execution));
    }
}
