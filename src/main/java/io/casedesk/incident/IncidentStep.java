package io.casedesk.incident;

/**
 * The steps of the incident flow ({@code processes/incident.bpmn}); the number is the step of the
 * seven-step procedure it belongs to. Field dispatch, arrival and on-site work are parts of step 4.
 */
public enum IncidentStep {
    RECEPTION(1, "Reception", null),
    REGISTRATION(2, "Registration and documentation", "Task_RegisterIncident"),
    DIAGNOSIS(3, "Diagnosis", "Task_DiagnoseIncident"),
    EXECUTION(4, "Execution of the plan", "Task_ExecutePlan"),
    DISPATCH(4, "Field dispatch", "Task_DispatchTechnician"),
    ARRIVAL(4, "Technician on site", "Task_ReportOnSite"),
    FIELD_WORK(4, "On-site work", "Task_ReportWorkDone"),
    VERIFICATION(5, "Documentation and verification", "Task_VerifyResolution"),
    STABILITY(6, "Stability follow-up", "Task_FollowUpStability"),
    CLOSURE(7, "Closure", "Task_CloseIncident");

    private final int number;
    private final String label;
    private final String taskId;

    IncidentStep(int number, String label, String taskId) {
        this.number = number;
        this.label = label;
        this.taskId = taskId;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The user task of the step, or {@code null} for an automatic step. */
    String taskId() {
        return taskId;
    }

    static IncidentStep ofTask(String taskDefinitionKey) {
        for (IncidentStep step : values()) {
            if (taskDefinitionKey.equals(step.taskId)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No incident step has the task " + taskDefinitionKey);
    }
}
