package io.casedesk.incident;

import io.casedesk.supportcase.SupportCaseProcess;

/** Names the BPMN model {@code processes/incident.bpmn} and the Java code share. */
public final class IncidentProcess {

    public static final String PROCESS_ID = "IncidentProcess";

    /** The customer's reply to the request for missing facts; {@code SupportCaseProcess} names it. */
    static final String MESSAGE_CUSTOMER_REPLIED = SupportCaseProcess.MESSAGE_CUSTOMER_REPLIED;

    // the user tasks that are steps of the flow (IncidentStep); each step's clock starts when its task is created
    static final String TASK_REGISTER = "Task_RegisterIncident";
    static final String TASK_DIAGNOSE = "Task_DiagnoseIncident";
    static final String TASK_EXECUTE_PLAN = "Task_ExecutePlan";
    static final String TASK_DISPATCH = "Task_DispatchTechnician";
    static final String TASK_REPORT_ON_SITE = "Task_ReportOnSite";
    static final String TASK_REPORT_WORK_DONE = "Task_ReportWorkDone";
    static final String TASK_VERIFY = "Task_VerifyResolution";
    static final String TASK_FOLLOW_UP_STABILITY = "Task_FollowUpStability";
    static final String TASK_CLOSE = "Task_CloseIncident";

    /** How the flow ended, read by {@code SupportCaseProcess}: {@link #CLOSED} or {@link #CLOSED_NO_RESPONSE}. */
    public static final String OUTCOME = "incidentOutcome";
    static final String CLOSED = "CLOSED";
    static final String CLOSED_NO_RESPONSE = "CLOSED_NO_RESPONSE";

    private IncidentProcess() {
    }
}
