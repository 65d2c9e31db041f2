package io.casedesk.desk;

/**
 * Names the BPMN model {@code processes/case-opening.bpmn} and the Java code share: an agent taking a call or
 * a chat opens a case from Tasklist's "Start process" (form {@code open-case}).
 */
public final class CaseOpeningProcess {

    public static final String PROCESS_ID = "CaseOpeningProcess";
    static final String ORGANIZATION = "organization";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CALLER_NOTE = "callerNote";
    static final String CHANNEL = "channel";
    static final String PRIORITY = "priority";
    static final String CASE_TYPE = "caseType";
    static final String PRODUCT_LINE = "productLine";
    static final String SUBJECT = "subject";
    static final String DESCRIPTION = "description";
    /** The report facts of the plans, kept in the case's details under these names. */
    static final String EXTENSION = "extension";
    static final String DIRECTION = "direction";
    static final String COUNTERPART_NUMBER = "counterpartNumber";
    static final String OCCURRED_AT = "occurredAt";

    private CaseOpeningProcess() {
    }
}
