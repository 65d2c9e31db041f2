package io.casedesk.common;

/** The request is well formed but the current state does not allow it, e.g. an illegal status change. */
public class ConflictException extends CasedeskException {

    public ConflictException(String message) {
        super(message);
    }
}
