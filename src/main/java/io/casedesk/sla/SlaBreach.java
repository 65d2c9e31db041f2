package io.casedesk.sla;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded fact: this clock of this case was due then and breached then. */
@Entity
@Table(name = "sla_breach")
class SlaBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private ClockKind kind;

    private String priority;
    private Instant dueAt;
    private Instant breachedAt;

    protected SlaBreach() {
    }

    SlaBreach(String caseNumber, ClockKind kind, String priority, Instant dueAt, Instant breachedAt) {
        this.caseNumber = caseNumber;
        this.kind = kind;
        this.priority = priority;
        this.dueAt = dueAt;
        this.breachedAt = breachedAt;
    }

    String caseNumber() {
        return caseNumber;
    }

    BreachView view() {
        return new BreachView(kind, dueAt, breachedAt);
    }

    SlaRecords.Breach record() {
        return new SlaRecords.Breach(caseNumber, kind, priority, dueAt, breachedAt);
    }
}
