package io.casedesk.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;

/**
 * The technician's side of a field visit outside Tasklist: reporting arrival and the result of the
 * work completes the same tasks, with the same checks, as Tasklist does.
 */
@Service
@Transactional
public class FieldVisits {

    private static final List<String> DISPATCHERS = List.of("field-dispatch", "support-managers");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final Incidents incidents;

    FieldVisits(TaskService taskService, IdentityService identityService, Incidents incidents) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.incidents = incidents;
    }

    /** The technician is on site. */
    public IncidentView onSite(String caseNumber, String note, Caller caller) {
        Map<String, Object> values = new HashMap<>();
        values.put("onSite", true);
        values.put("onSiteNote", note);
        return complete(caseNumber, IncidentStep.ARRIVAL, values, caller);
    }

    /** The technician finished the work on site. */
    public IncidentView workDone(String caseNumber, String result, Caller caller) {
        if (result == null || result.isBlank()) {
            throw new InvalidRequestException("Tell the customer in 'result' what was done on site.");
        }
        return complete(caseNumber, IncidentStep.FIELD_WORK, Map.of(IncidentFacts.WORK_RESULT, result.strip()), caller);
    }

    private IncidentView complete(String caseNumber, IncidentStep step, Map<String, Object> values, Caller caller) {
        if (!caller.isAgent()) {
            throw new NotPermittedException("Only the field technician reports a visit.");
        }
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(step.taskId()).singleResult();
        if (task == null) {
            throw new ConflictException("No technician is expected to report '" + step.label() + "' on " + caseNumber
                    + " now.");
        }
        boolean dispatcher = caller.groups().stream().anyMatch(DISPATCHERS::contains);
        if (!caller.login().equals(task.getAssignee()) && !dispatcher) {
            throw new NotPermittedException(caseNumber + " is assigned to technician " + task.getAssignee() + ".");
        }
        identityService.setAuthentication(caller.login(), List.copyOf(caller.groups()));
        try {
            taskService.complete(task.getId(), values);
        } catch (ProcessEngineException e) {
            // a refusal of the step's listener reaches the API as itself, not as an engine failure
            Throwable cause = e;
            while (cause != null && !(cause instanceof CasedeskException)) {
                cause = cause.getCause();
            }
            throw cause instanceof CasedeskException refusal ? refusal : e;
        } finally {
            identityService.clearAuthentication();
        }
        return incidents.view(caseNumber, caller);
    }
}
