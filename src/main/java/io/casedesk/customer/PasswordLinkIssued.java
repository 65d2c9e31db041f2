package io.casedesk.customer;

import java.time.Instant;

/**
 * A contact got a login without a password, or asked for a new one: mail them the link that sets it.
 *
 * @param token the secret of the link; only its hash is kept
 * @param reset the contact asked for it (a new password), rather than a new login
 */
public record PasswordLinkIssued(String organization, String email, String name, String token, Instant expiresAt,
        boolean reset) {
}
