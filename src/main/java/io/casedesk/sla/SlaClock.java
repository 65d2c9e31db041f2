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
 * One SLA clock of a case: started at a time, due at a time computed on its calendar, warned before the
 * due time, paused with the open time that was left, stopped when its condition is met.
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
    private Long targetSeconds;
    private Instant startedAt;
    private Instant dueAt;
    private Instant warnAt;
    private Instant pausedAt;
    private Long remainingSeconds;
    private Instant stoppedAt;
    private Instant warnedAt;
    private Instant breachedAt;
    private long pausedBusinessSeconds;

    @Version
    private long version;

    protected SlaClock() {
    }

    SlaClock(String caseNumber, ClockKind kind) {
        this.caseNumber = caseNumber;
        this.kind = kind;
    }

    /** (Re)starts the clock: a fresh target counted from {@code now}. */
    void start(String newTarget, Instant now, Schedule schedule) {
        this.target = newTarget;
        this.startedAt = now;
        this.pausedAt = null;
        this.remainingSeconds = null;
        this.stoppedAt = null;
        this.warnedAt = null;
        this.breachedAt = null;
        this.pausedBusinessSeconds = 0;
        apply(schedule);
    }

    /** A new target for a running or paused clock, e.g. after triage changed the priority. */
    void retarget(String newTarget, Schedule schedule) {
        this.target = newTarget;
        apply(schedule);
        if (breachedAt != null && dueAt.isAfter(breachedAt)) {
            this.breachedAt = null;
        }
    }

    void pause(Instant now, Duration remaining) {
        if (isRunning()) {
            this.pausedAt = now;
            this.remainingSeconds = remaining.getSeconds();
        }
    }

    /** Runs again; {@code pausedBusinessTime} is what the pause took of the organization's business hours. */
    void resume(Schedule schedule, Duration pausedBusinessTime) {
        this.pausedBusinessSeconds += pausedBusinessTime.getSeconds();
        this.pausedAt = null;
        this.remainingSeconds = null;
        apply(schedule);
    }

    void stop(Instant now) {
        if (stoppedAt == null) {
            this.stoppedAt = now;
        }
    }

    void warned(Instant now) {
        this.warnedAt = now;
    }

    void breached(Instant now) {
        this.breachedAt = now;
    }

    private void apply(Schedule schedule) {
        this.dueAt = schedule.due();
        this.warnAt = schedule.warnAt();
        this.targetSeconds = schedule.length().getSeconds();
    }

    /** When a clock falls due, when it warns, and how much open time its target is worth. */
    record Schedule(Instant due, Instant warnAt, Duration length) {
    }

    /**
     * When the clock's timer should fire next: its warning while that lies before the due time, then its due
     * time; {@code null} when it is paused, stopped or already breached.
     */
    Instant nextTimer() {
        if (!isRunning() || isBreached() || dueAt == null) {
            return null;
        }
        return !isWarned() && warnAt != null && warnAt.isBefore(dueAt) ? warnAt : dueAt;
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

    boolean isWarned() {
        return warnedAt != null;
    }

    boolean isBreached() {
        return breachedAt != null;
    }

    Long id() {
        return id;
    }

    ClockKind kind() {
        return kind;
    }

    String caseNumber() {
        return caseNumber;
    }

    String target() {
        return target;
    }

    Duration length() {
        return targetSeconds == null ? Duration.ZERO : Duration.ofSeconds(targetSeconds);
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant warnAt() {
        return warnAt;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    /** Business time of the organization's calendar the clock spent paused since it started (before a pause now). */
    Duration pausedBusinessTime() {
        return Duration.ofSeconds(pausedBusinessSeconds);
    }

    Duration remaining() {
        return remainingSeconds == null ? null : Duration.ofSeconds(remainingSeconds);
    }
}
