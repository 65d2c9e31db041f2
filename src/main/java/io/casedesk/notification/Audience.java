package io.casedesk.notification;

/** Who receives a kind of notification, as configured in {@code casedesk.notifications.recipients}. */
public enum Audience {
    /** The contact who reported the case. */
    REPORTER,
    /** Every contact of the organization with an MPOC role. */
    MPOCS,
    /** The organization's contacts for maintenance notices. */
    MAINTENANCE_CONTACTS,
    /** The organization's contacts for master cases. */
    MASTER_CASE_CONTACTS,
    /** The organization's own escalation list. */
    ESCALATION_CONTACTS,
    /** The organization's financial contacts. */
    FINANCIAL_CONTACTS,
    /** The address the notification is about, e.g. the sender of a refused email. */
    ADDRESSEE,
    /** Support staff: the agents working the case, or the managers an escalation reaches. */
    STAFF
}
