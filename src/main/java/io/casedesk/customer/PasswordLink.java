package io.casedesk.customer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A set-password link of a contact's login, kept by the hash of its token; used once. */
@Entity
@Table(name = "contact_password_link")
class PasswordLink {

    @Id
    private String tokenHash;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean createdAfter(Instant instant) {
        return createdAt.isAfter(instant);
    }

    void use(Instant now) {
        usedAt = now;
    }

    String email() {
        return email;
    }
}
