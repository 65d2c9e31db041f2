package io.casedesk.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

    /** The groups that may work the task: its Tasklist queue. */
    public List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    /** Level 1 triages the case as P3 service request for Microsoft Teams, worked by level 2. */
    public void triage(String caseNumber) {
        complete(caseNumber, "l1", "support-l1", Map.of("priority", "P3", "caseType", "SERVICE_REQUEST",
                "productLine", "MICROSOFT_TEAMS", "assignedGroup", "support-l2", "markAsDuplicate", false));
    }

    /**
     * Takes an incident reported with all its facts (extension 2041, inbound, +15551234567, occurred
     * 2026-03-06T15:10-07:00) to field dispatch: level 1 triages it as P2 hardware fault for level 2,
     * which registers it and diagnoses a field visit.
     */
    public void planFieldVisit(String caseNumber) {
        complete(caseNumber, "l1", "support-l1", Map.of("priority", "P2", "caseType", "INCIDENT",
                "productLine", "SIP_TRUNKING", "category", "HARDWARE_FAULT", "assignedGroup", "support-l2",
                "markAsDuplicate", false));
        work(caseNumber, Map.of("symptoms", "No inbound audio", "incidentContact", "NOC desk, +1 303 555 0100",
                "extension", "2041", "direction", "INBOUND", "counterpartNumber", "+15551234567",
                "occurredAt", "2026-03-06T15:10:00-07:00"));
        work(caseNumber, Map.of("cause", "SBC power supply failing", "actionPlan", "Replace it on site",
                "remedy", "FIELD_VISIT"));
    }

    /** Level 2 takes the next step on the case. */
    public void work(String caseNumber, Map<String, Object> formValues) {
        complete(caseNumber, "l2", "support-l2", formValues);
    }
}
