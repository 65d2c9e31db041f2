package io.casedesk.common;

/** The request body is larger than {@code casedesk.api.max-request-size}. */
public class RequestTooLargeException extends CasedeskException {

    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes. Send a shorter text or attach files separately.");
    }
}
