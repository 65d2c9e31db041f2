package io.casedesk.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One pass through a step of the incident flow: when it started and ended, its target, and whether it overran. */
@Entity
@Table(name = "incident_step")
class IncidentStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private IncidentStep step;

    private Instant startedAt;
    private Instant completedAt;
    private Long targetSeconds;
    private Instant overrunAt;
    private String actor;
    private String summary;

    protected IncidentStepRecord() {
    }

    IncidentStepRecord(String caseNumber, IncidentStep step, Instant startedAt, Duration target) {
        this.caseNumber = caseNumber;
        this.step = step;
        this.startedAt = startedAt;
        this.targetSeconds = target == null ? null : target.getSeconds();
    }

    void complete(Instant at, String by, String text) {
        this.completedAt = at;
        this.actor = by;
        this.summary = text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    void overran(Instant at) {
        if (overrunAt == null) {
            this.overrunAt = at;
        }
    }

    boolean isOpen() {
        return completedAt == null;
    }

    IncidentStep step() {
        return step;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    Duration target() {
        return targetSeconds == null ? null : Duration.ofSeconds(targetSeconds);
    }

    Instant overrunAt() {
        return overrunAt;
    }

    String actor() {
        return actor;
    }

    String summary() {
        return summary;
    }

    /** How long the step took, or has taken so far. */
    Duration duration(Instant now) {
        return Duration.between(startedAt, completedAt == null ? now : completedAt);
    }
}
