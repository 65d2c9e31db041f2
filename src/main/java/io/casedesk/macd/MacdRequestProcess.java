package io.casedesk.macd;

import io.casedesk.supportcase.SupportCaseProcess;

/** Names the BPMN model {@code processes/macd-request.bpmn} and the Java code share. */
public final class MacdRequestProcess {

    public static final String PROCESS_ID = "MacdRequestProcess";
    /** The customer's reply to the request for missing fields; {@code SupportCaseProcess} names it. */
    static final String MESSAGE_CUSTOMER_REPLIED = SupportCaseProcess.MESSAGE_CUSTOMER_REPLIED;
    /** An MPOC approved or rejected the request; carries {@link #APPROVED}. */
    static final String MESSAGE_DECISION = "MacdDecision";

    static final String APPROVED = "approved";
    static final String APPROVAL_NEEDED = "macdApprovalNeeded";
    static final String DATA_COMPLETE = "macdDataComplete";
    static final String MISSING_FIELDS = "missingFields";
    static final String WORK_STARTS_AT = "macdWorkStartsAt";
    static final String WAITS_FOR_BUSINESS_HOURS = "macdWaitsForBusinessHours";
    /** What the agent reads in "Carry out request": the task, and the request's fields as a list. */
    static final String MACD_TASK_LABEL = "macdTaskLabel";
    static final String MACD_REQUEST_FIELDS = "macdRequestFields";
    // the "Carry out request" form
    static final String WORK_RESULT = "workResult";
    static final String MINUTES_SPENT = "minutesSpent";
    static final String WORK_NOTE = "workNote";
    static final String VENDOR = "vendor";
    static final String VENDOR_EXPECTED_BY = "vendorExpectedBy";

    /** How the request ended, read by {@code SupportCaseProcess}: one of the three outcomes below. */
    public static final String OUTCOME = "macdOutcome";
    static final String COMPLETED = "COMPLETED";
    static final String REJECTED = "REJECTED";
    static final String CLOSED_NO_RESPONSE = "CLOSED_NO_RESPONSE";

    private MacdRequestProcess() {
    }
}
