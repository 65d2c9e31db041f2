package io.casedesk.common;

/** The request is well formed and allowed, but contradicts an earlier one, e.g. a reused idempotency key. */
public class UnprocessableException extends CasedeskException {

    public UnprocessableException(String message) {
        super(message);
    }
}
