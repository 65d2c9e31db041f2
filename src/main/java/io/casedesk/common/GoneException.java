package io.casedesk.common;

/** What the request refers to existed but can no longer be used, e.g. an approval link already used. */
public class GoneException extends CasedeskException {

    public GoneException(String message) {
        super(message);
    }
}
