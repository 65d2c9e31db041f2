package io.casedesk.customer;

/** An organization is about to be created or updated; a listener that throws refuses it. */
public record OrganizationRegistered(OrganizationInfo organization) {
}
