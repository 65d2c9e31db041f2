package io.casedesk.macd;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;

/** A MACD request on a case: what is asked, who approved it, when it is worked and the time spent on it. */
@Entity
@Table(name = "macd_request")
class MacdRequest {

    @Id
    private String caseNumber;
    private String organizationCode;
    @Enumerated(EnumType.STRING)
    private MacdTask task;
    private boolean expedited;
    private String requestedBy;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Approval approval;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    private Instant workStartsAt;
    private int minutesSpent;
    private Instant completedAt;

    @Version
    private long version;

    protected MacdRequest() {
    }

    MacdRequest(String caseNumber, String organizationCode, String requestedBy, boolean byMpoc, Instant receivedAt) {
        this.caseNumber = caseNumber;
        this.organizationCode = organizationCode;
        this.requestedBy = requestedBy;
        this.receivedAt = receivedAt;
        this.approval = byMpoc ? Approval.NOT_NEEDED : Approval.PENDING;
    }

    void describe(MacdTask newTask, boolean newExpedited) {
        this.task = newTask;
        this.expedited = newExpedited;
    }

    /** Records an MPOC's decision; a request is decided once. */
    void decide(boolean approved, String mpoc, String reason, Instant now) {
        if (approval != Approval.PENDING) {
            throw new ConflictException("The MACD request " + caseNumber + " is no longer waiting for approval ("
                    + approval.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ").");
        }
        this.approval = approved ? Approval.APPROVED : Approval.REJECTED;
        this.decidedBy = mpoc;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    void expire(Instant now) {
        if (approval == Approval.PENDING) {
            this.approval = Approval.EXPIRED;
            this.decidedAt = now;
        }
    }

    /** The request is no longer worked; returns whether a pending approval was withdrawn. */
    boolean withdraw(Instant now) {
        if (approval != Approval.PENDING) {
            return false;
        }
        this.approval = Approval.WITHDRAWN;
        this.decidedAt = now;
        return true;
    }

    void scheduled(Instant startsAt) {
        this.workStartsAt = startsAt;
    }

    /** Adds a round of work; its minutes are entered by the agent. */
    void worked(int minutes) {
        if (minutes < 0 || minutes > 10_000) {
            throw new InvalidRequestException("Enter the minutes spent on the request (0 to 10000).");
        }
        this.minutesSpent += minutes;
    }

    void completed(Instant now) {
        this.completedAt = now;
    }

    boolean needsApproval() {
        return approval == Approval.PENDING;
    }

    String caseNumber() {
        return caseNumber;
    }

    String organizationCode() {
        return organizationCode;
    }

    MacdTask task() {
        return task;
    }

    boolean expedited() {
        return expedited;
    }

    String requestedBy() {
        return requestedBy;
    }

    Approval approval() {
        return approval;
    }

    String decidedBy() {
        return decidedBy;
    }

    String decisionReason() {
        return decisionReason;
    }

    Instant workStartsAt() {
        return workStartsAt;
    }

    int minutesSpent() {
        return minutesSpent;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant completedAt() {
        return completedAt;
    }
}
