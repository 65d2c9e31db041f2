package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.common.ProcessVariables;

/** "Ask the customer to sign off": the deliverables, and a training course if the phase task scheduled one. */
@Component
class RequestSignOffDelegate implements JavaDelegate {

    private final Projects projects;

    RequestSignOffDelegate(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProjectSteps.projectId(execution);
        String startsOn = ProcessVariables.text(execution, COURSE_STARTS_ON);
        if (startsOn != null) {
            projects.scheduleCourse(id, LocalDate.parse(startsOn.substring(0, 10)),
                    ProcessVariables.text(execution, COURSE_PLACE), ProcessVariables.text(execution, COURSE_MATERIALS),
                    ProjectSteps.actor(execution));
        }
        projects.submit(id, ProcessVariables.text(execution, DELIVERABLES), ProjectSteps.actor(execution));
        for (String consumed : new String[] { COURSE_STARTS_ON, COURSE_PLACE, COURSE_MATERIALS, DELIVERABLES }) {
            execution.removeVariable(consumed);
        }
    }
}
