package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.casedesk.common.ProcessVariables;

/**
 * Variable names of {@code SupportCaseProcess} and typed access to them. The process keeps the case
 * number (its business key), what Tasklist shows and the agent's form input; the database keeps the case.
 */
public final class SupportCaseVariables {

    // shown in Tasklist and used by filters
    public static final String CASE_NUMBER = "caseNumber";
    public static final String ORGANIZATION = "organization";
    /** The organization's name, which task cards show. */
    public static final String ORGANIZATION_NAME = "organizationName";
    public static final String REPORTER = "reporter";
    public static final String CHANNEL = "channel";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String CASE_TYPE = "caseType";
    public static final String PRODUCT_LINE = "productLine";
    public static final String CATEGORY = "category";
    public static final String ASSIGNED_GROUP = "assignedGroup";
    /** The triage form's "Assign to" left as it is: the group comes from {@code CaseRouting}. */
    public static final String ROUTE_BY_TABLE = "ROUTING";
    public static final String ROUTED_GROUP = "routedGroup";
    public static final String LATEST_CUSTOMER_MESSAGE = "latestCustomerMessage";

    // triage and work form input
    public static final String MARK_AS_DUPLICATE = "markAsDuplicate";
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final String DUPLICATE = "duplicate";
    public static final String WORK_ACTION = "workAction";
    public static final String UPDATE_MESSAGE = "updateMessage";
    public static final String ETR = "etr";
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String HOLD_UNTIL = "holdUntil";
    public static final String HOLD_REASON = "holdReason";
    public static final String CARRIER = "carrier";
    public static final String TRACKING_REFERENCE = "trackingReference";
    public static final String DELIVERED = "delivered";
    public static final String DELIVERY_NOTE = "deliveryNote";
    public static final String QUESTION = "question";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String CLOSING_NOTE = "closingNote";

    // timer due dates, computed on the organization's business calendar
    public static final String ON_HOLD_UNTIL = "onHoldUntil";
    public static final String NO_RESPONSE_DUE = "noResponseDue";
    public static final String REOPEN_DEADLINE = "reopenDeadline";

    /** The longest text a form shows of the case's description or the customer's latest message. */
    static final int MAX_EXCERPT = 2000;

    private SupportCaseVariables() {
    }

    static String string(VariableScope scope, String name) {
        return ProcessVariables.text(scope, name);
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /**
     * What a form shows of a long text, such as the description or the customer's latest message: the case holds the
     * whole text, the process only its beginning (Camunda keeps text variables of up to 4,000 characters).
     */
    static String excerpt(String text) {
        if (text == null || text.length() <= MAX_EXCERPT) {
            return text;
        }
        return text.substring(0, MAX_EXCERPT) + "… (" + (text.length() - MAX_EXCERPT)
                + " more characters in the case)";
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    /** Removes form input once a step has used it, so the next form starts empty. */
    static void consume(VariableScope scope, String... names) {
        for (String name : names) {
            scope.removeVariable(name);
        }
    }
}
