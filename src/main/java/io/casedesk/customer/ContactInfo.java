package io.casedesk.customer;

import java.util.Set;

/** A designated contact of a customer organization; the email address is also the contact's login. */
public record ContactInfo(String email, String name, String title, String phone, String organization, Set<ContactRole> roles) {

    public boolean isMpoc() {
        return roles.stream().anyMatch(ContactRole::isMpoc);
    }

    public boolean hasRole(ContactRole role) {
        return roles.contains(role);
    }
}
