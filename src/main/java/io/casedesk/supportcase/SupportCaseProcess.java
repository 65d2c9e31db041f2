package io.casedesk.supportcase;

/** Names the BPMN model {@code processes/support-case.bpmn} and the Java code share. */
public final class SupportCaseProcess {

    public static final String PROCESS_ID = "SupportCaseProcess";

    /**
     * A customer's reply: answers a question, ends a hold or disputes a resolution. The flows this one calls
     * ({@code IncidentProcess}, {@code MacdRequestProcess}) wait for it too, under this name.
     */
    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
    /** The customer confirmed that the resolution works. */
    public static final String MESSAGE_RESOLUTION_CONFIRMED = "ResolutionConfirmed";
    /** The customer reopened the closed case inside the reopen window. */
    public static final String MESSAGE_CASE_REOPENED = "CaseReopened";
    /**
     * The case's master case was resolved: whatever step the case was in (a called flow included) ends, and it
     * waits for the customer's confirmation. Carries {@code noResponseDue} and {@code assignedGroup}.
     */
    public static final String MESSAGE_RESOLVED_WITH_MASTER_CASE = "ResolvedWithMasterCase";

    /** Thrown from the work task to hand the case to the next support tier (agent's choice or SLA breach). */
    public static final String ESCALATION_TIER = "TierEscalation";


    public static final String TASK_TRIAGE = "Task_TriageCase";
    public static final String TASK_WORK = "Task_WorkCase";
    public static final String TASK_CONFIRM_DELIVERY = "Task_ConfirmDelivery";

    private SupportCaseProcess() {
    }
}
