package io.casedesk.incident;

/**
 * The steps of the incident flow ({@code processes/incident.bpmn}); the number is the step of the
 * seven-step procedure it belongs to. Field dispatch, arrival and on-site work are parts of step 4. A step
 * with a user task is named by the task's id in {@link IncidentProcess}.
 */
public enum IncidentStep {
    RECEPTION(1, "Reception", null),
    REGISTRATION(2, "Registration and documentation", IncidentProcess.TASK_REGISTER),
    DIAGNOSIS(3, "Diagnosis", IncidentProcess.TASK_DIAGNOSE),
    EXECUTION(4, "Execution of the plan", IncidentProcess.TASK_EXECUTE_PLAN),
    DISPATCH(4, "Field dispatch", IncidentProcess.TASK_DISPATCH),
    ARRIVAL(4, "Technician on site", IncidentProcess.TASK_REPORT_ON_SITE),
    FIELD_WORK(4, "On-site work", IncidentProcess.TASK_REPORT_WORK_DONE),
    VERIFICATION(5, "Documentation and verification", IncidentProcess.TASK_VERIFY),
    STABILITY(6, "Stability follow-up", IncidentProcess.TASK_FOLLOW_UP_STABILITY),
    CLOSURE(7, "Closure", IncidentProcess.TASK_CLOSE);

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
