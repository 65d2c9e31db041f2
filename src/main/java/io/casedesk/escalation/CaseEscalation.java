package io.casedesk.escalation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How far up the escalation path a case has gone, and when it last went up. */
@Entity
@Table(name = "case_escalation")
class CaseEscalation {

    @Id
    private String caseNumber;

    private int level;

    private Instant raisedAt;

    @Version
    private Long version;

    protected CaseEscalation() {
    }

    CaseEscalation(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** A raise shortly after the last one is a repeat of it, not a reason to go further up. */
    boolean isRecentlyRaised(Instant now, Duration interval) {
        return raisedAt != null && now.isBefore(raisedAt.plus(interval));
    }

    void raiseTo(int newLevel, Instant now) {
        this.level = newLevel;
        this.raisedAt = now;
    }

    /** The top of the path was notified again. */
    void renotified(Instant now) {
        this.raisedAt = now;
    }

    String caseNumber() {
        return caseNumber;
    }

    int level() {
        return level;
    }
}
