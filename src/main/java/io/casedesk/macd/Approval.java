package io.casedesk.macd;

/** Where a MACD request stands with the organization's MPOCs. */
public enum Approval {
    /** Raised by an MPOC: the request is approved by raising it. */
    NOT_NEEDED,
    PENDING,
    APPROVED,
    REJECTED,
    /** No MPOC decided in time; the request closed. */
    EXPIRED,
    /** The case was resolved with its master case before an MPOC decided; no decision is taken any more. */
    WITHDRAWN
}
