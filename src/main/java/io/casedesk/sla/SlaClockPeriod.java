package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recorded fact: one period a clock of a case ran, from its start to what ended it, against which target, and
 * whether the target was kept. Written once when the period ends; SLA reports and the response-time
 * histograms are made of these.
 */
@Entity
@Table(name = "sla_clock_period")
class SlaClockPeriod {

    /** What ended a clock period. */
    enum Ending {
        /** The agent answered: the first response, or the next update (or an ETR instead of it). */
        ANSWERED,
        /** The case was closed. */
        CLOSED,
        /** The case's new priority or type has no such target. */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String organizationCode;
    private String slaPlan;
    private String priority;

    @Enumerated(EnumType.STRING)
    private ClockKind kind;

    private String target;
    private Instant startedAt;
    private Instant dueAt;
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private Ending endedBy;

    private boolean met;
    private long businessSeconds;

    protected SlaClockPeriod() {
    }

    SlaClockPeriod(SlaCase contract, SlaClock clock, Instant endedAt, Ending endedBy, boolean met,
            Duration businessTime) {
        this.caseNumber = contract.caseNumber();
        this.organizationCode = contract.organizationCode();
        this.slaPlan = contract.slaPlan();
        this.priority = contract.priority();
        this.kind = clock.kind();
        this.target = clock.target();
        this.startedAt = clock.startedAt();
        this.dueAt = clock.dueAt();
        this.endedAt = endedAt;
        this.endedBy = endedBy;
        this.met = met;
        this.businessSeconds = Math.max(0, businessTime.getSeconds());
    }

    SlaRecords.Period view() {
        return new SlaRecords.Period(caseNumber, kind, priority, target, startedAt, dueAt, endedAt,
                endedBy == Ending.ANSWERED, endedBy == Ending.CLOSED, met, businessTime());
    }

    ClockKind kind() {
        return kind;
    }

    Ending endedBy() {
        return endedBy;
    }

    String organizationCode() {
        return organizationCode;
    }

    boolean met() {
        return met;
    }

    String slaPlan() {
        return slaPlan;
    }

    String priority() {
        return priority;
    }

    Duration businessTime() {
        return Duration.ofSeconds(businessSeconds);
    }
}
