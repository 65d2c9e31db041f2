package io.casedesk.supportcase;

/** Names the BPMN model {@code processes/support-case.bpmn} and the Java code share. */
public final class SupportCaseProcess {

    public static final String PROCESS_ID = "SupportCaseProcess";

    /** A customer's reply: answers a question, ends a hold or disputes a resolution. */
    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
    /** The customer confirmed that the resolution works. */
    public static final String MESSAGE_RESOLUTION_CONFIRMED = "ResolutionConfirmed";
    /** The customer reopened the closed case inside the reopen window. */
    public static final String MESSAGE_CASE_REOPENED = "CaseReopened";

    /** Thrown from the work task to hand the case to the next support tier (agent's choice or SLA breach). */
    public static final String ESCALATION_TIER = "TierEscalation";

    /** Where a resolved case waits for the customer's confirmation; a master case's resolution moves its cases here. */
    static final String GATEWAY_CASE_RESOLVED = "Gateway_CaseResolved";

    public static final String TASK_TRIAGE = "Task_TriageCase";
    public static final String TASK_WORK = "Task_WorkCase";
    public static final String TASK_CONFIRM_DELIVERY = "Task_ConfirmDelivery";

    private SupportCaseProcess() {
    }
}
