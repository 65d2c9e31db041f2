package io.casedesk.customer;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.casedesk.common.NotPermittedException;

/**
 * Resolves the authenticated user of the current request into a {@link Caller}. The authorities of an
 * authenticated user are its Camunda groups.
 */
@Component
public class Callers {

    private final CustomerDirectory directory;

    Callers(CustomerDirectory directory) {
        this.directory = directory;
    }

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new NotPermittedException("Sign in to use the API.");
        }
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        String login = authentication.getName();
        if (groups.contains(Caller.CUSTOMER_CONTACTS_GROUP)) {
            ContactInfo contact = directory.contact(login).orElseThrow(() -> new NotPermittedException(
                    "The login " + login + " is not linked to a customer organization; ask your provider to register it."));
            return Caller.contact(contact.email(), contact.organization());
        }
        if (groups.isEmpty()) {
            throw new NotPermittedException("The login " + login + " belongs to no support group and no customer organization.");
        }
        return Caller.agent(login, groups);
    }
}
