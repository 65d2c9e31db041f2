package io.casedesk.macd;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The approve/reject link mailed to one MPOC. Only a hash of its secret is stored; the link works until
 * the request is decided or it expires, whoever decides.
 */
@Entity
@Table(name = "macd_approval_link")
class ApprovalLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String approver;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected ApprovalLink() {
    }

    ApprovalLink(String caseNumber, String approver, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.caseNumber = caseNumber;
        this.approver = approver;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void spend(Instant now) {
        if (usedAt == null) {
            this.usedAt = now;
        }
    }

    String caseNumber() {
        return caseNumber;
    }

    String approver() {
        return approver;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
