package io.casedesk.supportcase;

/** The customer-visible status of a case, as defined by the support plans. */
public enum CaseStatus {
    /** Not yet picked up or worked on by an agent. */
    NEW,
    /** An agent is actively working on the case. */
    IN_PROGRESS,
    /** Closed because another case is the main case for the same issue. */
    DUPLICATE,
    /** Open, but on hold until a designated time. */
    ON_HOLD,
    /** Hardware is in transit to the customer. */
    SHIPPING,
    /** Work is complete; waiting for the customer to confirm that the issue is resolved. */
    RESOLVED_FOLLOW_UP_REQUIRED,
    /** The case was closed and the customer asked to reopen it. */
    CUSTOMER_REOPENED,
    /** Closed because the customer did not respond. */
    CLOSED_NO_RESPONSE,
    /** The agent completed and tested all work of the case. */
    CLOSED;

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_NO_RESPONSE || this == DUPLICATE;
    }
}
