package io.casedesk.supportcase;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One status change of a case: when, by whom, from which status to which, and why. */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;

    private String reason;

    protected CaseHistoryEntry() {
    }

    CaseHistoryEntry(SupportCase supportCase, Instant at, String actor, CaseStatus from, CaseStatus to, String reason) {
        this.supportCase = supportCase;
        this.at = at;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public CaseStatus from() {
        return fromStatus;
    }

    public CaseStatus to() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }
}
