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

/**
 * A user task of {@code IncidentProcess} that is a step of the flow was created: the step's clock starts and
 * the task is due at the step's target (a technician's arrival at the end of the arrival window), and the
 * dispatcher's form lists the field technicians. The service task after each step records what was done.
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
        IncidentStep step = IncidentStep.ofTask(task.getTaskDefinitionKey());
        Instant due = incidents.stepStarted(task.getExecution().getProcessBusinessKey(), step);
        if (due != null) {
            task.setDueDate(Date.from(due));
        } else if (step == IncidentStep.ARRIVAL && task.getVariable(IncidentVariables.ARRIVAL_DUE) instanceof Date arrival) {
            task.setDueDate(arrival);
        }
        if (step == IncidentStep.DISPATCH) {
            task.setVariableLocal(IncidentVariables.TECHNICIAN_OPTIONS, SpinValues.jsonValue(technicians()).create());
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
}
