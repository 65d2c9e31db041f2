package io.casedesk.common;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends CasedeskException {

    public NotFoundException(String message) {
        super(message);
    }
}
