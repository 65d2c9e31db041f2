package io.casedesk.intake;

/** What became of a message from the support mailbox. */
enum IntakeOutcome {
    /** A new case was opened. */
    CASE_OPENED,
    /** Added to an open case as the customer's comment. */
    COMMENTED,
    /** Reopened a case closed within the reopen window. */
    REOPENED,
    /** Opened a new case related to one closed too long ago. */
    FOLLOW_UP_OPENED,
    /** Refused, with an automatic answer to the sender. */
    REJECTED,
    /** Refused without an answer: the sender was already answered recently. */
    REJECTED_QUIETLY,
    /** Sent by a machine or by Casedesk itself; left alone to avoid mail loops. */
    IGNORED,
    /** Could not be read; moved to the failed folder. */
    FAILED;

    boolean failed() {
        return this == FAILED;
    }
}
