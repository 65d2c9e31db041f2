package io.casedesk.common;

/** The request itself is wrong: a missing or malformed value. */
public class InvalidRequestException extends CasedeskException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
