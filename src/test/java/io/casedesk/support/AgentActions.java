package io.casedesk.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Completes a case's open task the way Tasklist does: signed in as an agent, with the form's values. */
public final class AgentActions {

    private final ProcessEngine engine;

    public AgentActions(ProcessEngine engine) {
        this.engine = engine;
    }

    public void complete(String caseNumber, String user, String group, Map<String, Object> formValues) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        if (task == null) {
            throw new IllegalStateException(caseNumber + " has no open task");
        }
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task.getId(), formValues);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Level 1 triages the case as P3 service request for Microsoft Teams, worked by level 2. */
    public void triage(String caseNumber) {
        complete(caseNumber, "l1", "support-l1", Map.of("priority", "P3", "caseType", "SERVICE_REQUEST",
                "productLine", "MICROSOFT_TEAMS", "assignedGroup", "support-l2", "markAsDuplicate", false));
    }

    /** Level 2 takes the next step on the case. */
    public void work(String caseNumber, Map<String, Object> formValues) {
        complete(caseNumber, "l2", "support-l2", formValues);
    }
}
