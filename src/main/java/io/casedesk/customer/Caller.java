package io.casedesk.customer;

import java.util.Set;

import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;

/**
 * Who is making a request: an agent (any staff group) or a customer contact, who is bound to one
 * organization.
 *
 * @param login        the authenticated user id; for contacts, their email address
 * @param organization the contact's organization; {@code null} for agents
 * @param groups       the caller's groups
 */
public record Caller(String login, String organization, Set<String> groups) {

    /** The group every customer contact belongs to; it grants no access to the Camunda webapps. */
    public static final String CUSTOMER_CONTACTS_GROUP = "customer-contacts";

    /** The groups that onboard organizations and contacts: Camunda administrators and customer administrators. */
    public static final Set<String> ONBOARDING_GROUPS = Set.of("camunda-admin", "customer-admins");

    public static Caller agent(String login, Set<String> groups) {
        return new Caller(login, null, groups);
    }

    public static Caller contact(String login, String organization) {
        return new Caller(login, organization, Set.of(CUSTOMER_CONTACTS_GROUP));
    }

    public boolean isAgent() {
        return organization == null;
    }

    public boolean isContact() {
        return organization != null;
    }

    /**
     * Checks that the caller may see the organization's data. Another organization is reported as
     * unknown, so a contact learns nothing about other customers.
     */
    public void requireAccessTo(String organizationCode) {
        if (isContact() && !organization.equals(organizationCode)) {
            throw new NotFoundException("Unknown organization '" + organizationCode + "'.");
        }
    }

    /** Refuses anyone but the administrators who onboard customers. */
    public void requireOnboarding() {
        if (isContact() || groups.stream().noneMatch(ONBOARDING_GROUPS::contains)) {
            throw new NotPermittedException("Only administrators (groups camunda-admin and customer-admins) onboard"
                    + " organizations and contacts.");
        }
    }

    public boolean canSee(String organizationCode) {
        return isAgent() || organization.equals(organizationCode);
    }
}
