package io.casedesk.notification;

import java.util.Locale;

/** Every kind of mail Casedesk sends; each has a template per language in {@code notifications/<lang>/}. */
public enum NotificationKind {
    CASE_OPENED,
    CASE_UPDATED,
    CUSTOMER_QUESTION,
    CASE_ON_HOLD,
    CASE_SHIPPING,
    CASE_RESOLVED,
    CASE_CLOSED,
    CASE_CLOSED_NO_RESPONSE,
    CASE_REOPENED,
    CASE_DUPLICATE,
    INFORMATION_MISSING,
    /** A step of the incident flow: registration, diagnosis, technician on the way, on site, ... closure. */
    INCIDENT_STEP,
    /** The acknowledgement of a MACD request: what happens next, the fee, the self-service article. */
    MACD_RECEIVED,
    /** To one MPOC: approve or reject a MACD request raised by another contact (personal link). */
    MACD_APPROVAL(Visibility.PERSONAL),
    /** A maintenance window: advance notice, start, completion, change or cancellation. */
    MAINTENANCE_NOTICE,
    /** A global master case was declared, updated or resolved. */
    MASTER_CASE_UPDATE,
    /** To an address that asked to follow the status page: confirm the subscription (double opt-in). */
    SUBSCRIPTION_CONFIRMATION(Visibility.PERSONAL),
    /** To a status page subscriber: a master case or maintenance notice, with an unsubscribe link. */
    STATUS_UPDATE(Visibility.PERSONAL),
    INTAKE_REJECTED,
    /** To the MPOCs: an implementation project started, awaits their sign-off, moved on, ended; a course nears. */
    PROJECT_NOTICE,
    /** To the financial contacts (or the primary MPOC): the month's invoice, its PDF attached. */
    INVOICE,
    /** To a new customer contact: the link that sets the password of its login. */
    PASSWORD_SETUP(Visibility.PERSONAL),
    /** To the agents working a case: an SLA clock is close to its due time. */
    SLA_WARNING(Visibility.STAFF),
    /** To the managers of an escalation level: a case was escalated to them. */
    ESCALATION_NOTICE(Visibility.STAFF);

    /** Who may read a notification of a kind once it is sent. */
    public enum Visibility {
        /** A notice to the customer: the organization's contacts and the staff may read it. */
        CUSTOMER,
        /**
         * Carries a secret of its recipient (an approval link, a confirmation or unsubscribe link): only the
         * recipient reads its text; the staff see that it was sent, not what it says.
         */
        PERSONAL,
        /** A notice to the provider's staff: customers never see it. */
        STAFF
    }

    private final Visibility visibility;

    NotificationKind() {
        this(Visibility.CUSTOMER);
    }

    NotificationKind(Visibility visibility) {
        this.visibility = visibility;
    }

    public Visibility visibility() {
        return visibility;
    }

    /** Notices for support staff are written in English whatever the organization's language. */
    boolean isForStaff() {
        return visibility == Visibility.STAFF;
    }

    /** The template's file name, e.g. {@code case-opened}. */
    String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
