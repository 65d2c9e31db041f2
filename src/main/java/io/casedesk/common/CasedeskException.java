package io.casedesk.common;

/**
 * A request that the domain refuses. Each subclass maps to one HTTP status in {@link ProblemHandler};
 * the message is shown to the caller as the problem's {@code detail}, so it must say what to do.
 */
public abstract class CasedeskException extends RuntimeException {

    protected CasedeskException(String message) {
        super(message);
    }
}
