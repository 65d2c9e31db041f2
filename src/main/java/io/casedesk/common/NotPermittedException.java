package io.casedesk.common;

/** The caller is known but may not do this. */
public class NotPermittedException extends CasedeskException {

    public NotPermittedException(String message) {
        super(message);
    }
}
