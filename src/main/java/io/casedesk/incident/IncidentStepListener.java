package io.casedesk.incident;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.common.AsSystem;
import io.casedesk.common.CurrentUser;

/**
 * The user tasks of {@code IncidentProcess} are the steps of the flow. On {@code create} the step's
 * clock starts and the task is due at the step's target; on {@code complete} the step's facts are
 * recorded on the case and the customer is told.
 */
@Component
class IncidentStepListener implements TaskListener {

    static final String FIELD_TECHNICIANS = "field-technicians";

    private final Incidents incidents;
    private final IdentityService identityService;
    private final ObjectMapper json;

    IncidentStepListener(Incidents incidents, IdentityService identityService, ObjectMapper json) {
        this.incidents = incidents;
        this.identityService = identityService;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        IncidentStep step = IncidentStep.ofTask(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Instant due = incidents.stepStarted(caseNumber, step);
            if (due != null) {
                task.setDueDate(Date.from(due));
            } else if (step == IncidentStep.ARRIVAL && task.getVariable(IncidentVariables.ARRIVAL_DUE) instanceof Date arrival) {
                task.setDueDate(arrival);
            }
            if (step == IncidentStep.DISPATCH) {
                task.setVariableLocal(IncidentVariables.TECHNICIAN_OPTIONS, SpinValues.jsonValue(technicians()).create());
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Map<String, Object> result = incidents.stepCompleted(caseNumber, step, actor(task), task.getVariables());
            result.forEach(task::setVariable);
        }
    }

    private String technicians() {
        List<User> users = AsSystem.call(identityService,
                () -> identityService.createUserQuery().memberOfGroup(FIELD_TECHNICIANS).orderByUserLastName().asc().list());
        List<Map<String, String>> options = users.stream()
                .map(u -> Map.of("label", (u.getFirstName() + " " + u.getLastName()).strip(), "value", u.getId())).toList();
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Technician list cannot be written as JSON", e);
        }
    }

    private String actor(DelegateTask task) {
        String user = CurrentUser.id(identityService);
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
