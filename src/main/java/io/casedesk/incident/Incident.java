package io.casedesk.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The incident flow of one case: when the service went down and came back, and the field visit. */
@Entity
@Table(name = "incident")
class Incident {

    /** How the plan of action is carried out. */
    enum Remedy {
        REMOTE, FIELD_VISIT, REPLACE_HARDWARE
    }

    @Id
    private String caseNumber;

    private Instant outageStartedAt;
    private Instant solvedAt;
    private String confirmedBy;

    @Enumerated(EnumType.STRING)
    private Remedy remedy;

    private String technician;
    private String siteName;
    private String siteAddress;
    private String siteClass;
    private Instant arrivalFrom;
    private Instant arrivalDue;
    private Instant onSiteAt;
    private Instant workDoneAt;
    private Instant closedAt;

    @Version
    private Long version;

    protected Incident() {
    }

    Incident(String caseNumber, Instant outageStartedAt) {
        this.caseNumber = caseNumber;
        this.outageStartedAt = outageStartedAt;
    }

    void remedy(Remedy chosen) {
        this.remedy = chosen;
    }

    /** The report's time of occurrence, once registration knows it better than the time of the report. */
    void outageStarted(Instant at) {
        this.outageStartedAt = at;
    }

    void dispatched(String newTechnician, String newSiteName, String newSiteAddress, String newSiteClass) {
        this.technician = newTechnician;
        this.siteName = newSiteName;
        this.siteAddress = newSiteAddress;
        this.siteClass = newSiteClass;
        this.arrivalFrom = null;
        this.arrivalDue = null;
        this.onSiteAt = null;
        this.workDoneAt = null;
    }

    void travelWindow(Instant from, Instant due) {
        this.arrivalFrom = from;
        this.arrivalDue = due;
    }

    void onSite(Instant at) {
        this.onSiteAt = at;
    }

    void workDone(Instant at) {
        this.workDoneAt = at;
    }

    void solved(Instant at, String confirmingPerson) {
        this.solvedAt = at;
        this.confirmedBy = confirmingPerson;
    }

    void closed(Instant at) {
        this.closedAt = at;
    }

    /** Minutes from the start of the outage until the service was restored; {@code null} until solved. */
    Long outageMinutes() {
        return outageStartedAt == null || solvedAt == null ? null
                : Math.max(0, Duration.between(outageStartedAt, solvedAt).toMinutes());
    }

    String caseNumber() {
        return caseNumber;
    }

    Instant outageStartedAt() {
        return outageStartedAt;
    }

    Instant solvedAt() {
        return solvedAt;
    }

    String confirmedBy() {
        return confirmedBy;
    }

    Remedy remedy() {
        return remedy;
    }

    String technician() {
        return technician;
    }

    String siteName() {
        return siteName;
    }

    String siteAddress() {
        return siteAddress;
    }

    String siteClass() {
        return siteClass;
    }

    Instant arrivalFrom() {
        return arrivalFrom;
    }

    Instant arrivalDue() {
        return arrivalDue;
    }

    Instant onSiteAt() {
        return onSiteAt;
    }

    Instant workDoneAt() {
        return workDoneAt;
    }

    Instant closedAt() {
        return closedAt;
    }
}
