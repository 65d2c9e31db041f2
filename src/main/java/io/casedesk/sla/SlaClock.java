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
import jakarta.persistence.Version;

/**
 * One SLA clock of a case: started at a time, due at a time computed on the calendar, paused with the
 * open time that was left, stopped when its condition is met.
 */
@Entity
@Table(name = "sla_clock")
class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private ClockKind kind;

    private String target;
    private Instant startedAt;
    private Instant dueAt;
    private Instant pausedAt;
    private Long remainingSeconds;
    private Instant stoppedAt;
    private Instant warnedAt;
    private Instant breachedAt;

    @Version
    private long version;

    protected SlaClock() {
    }

    SlaClock(String caseNumber, ClockKind kind) {
        this.caseNumber = caseNumber;
        this.kind = kind;
    }

    /** (Re)starts the clock: a fresh target counted from {@code now}. */
    void start(SlaTarget newTarget, Instant now, Instant due) {
        this.target = newTarget.text();
        this.startedAt = now;
        this.dueAt = due;
        this.pausedAt = null;
        this.remainingSeconds = null;
        this.stoppedAt = null;
        this.warnedAt = null;
        this.breachedAt = null;
    }

    void retarget(SlaTarget newTarget, Instant due) {
        this.target = newTarget.text();
        if (isRunning()) {
            this.dueAt = due;
        }
    }

    void stop(Instant now) {
        if (stoppedAt == null) {
            this.stoppedAt = now;
        }
    }

    void pause(Instant now, Duration remaining) {
        if (isRunning()) {
            this.pausedAt = now;
            this.remainingSeconds = remaining.getSeconds();
        }
    }

    void resume(Instant newDue) {
        this.pausedAt = null;
        this.remainingSeconds = null;
        this.dueAt = newDue;
    }

    void warned(Instant now) {
        this.warnedAt = now;
    }

    void breached(Instant now) {
        this.breachedAt = now;
    }

    boolean isRunning() {
        return stoppedAt == null && pausedAt == null;
    }

    boolean isPaused() {
        return stoppedAt == null && pausedAt != null;
    }

    boolean isStopped() {
        return stoppedAt != null;
    }

    ClockKind kind() {
        return kind;
    }

    String caseNumber() {
        return caseNumber;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    Duration remaining() {
        return remainingSeconds == null ? null : Duration.ofSeconds(remainingSeconds);
    }

    Instant warnedAt() {
        return warnedAt;
    }

    Instant breachedAt() {
        return breachedAt;
    }
}
