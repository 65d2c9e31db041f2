package io.casedesk.sla;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.casedesk.customer.OrganizationInfo;

/** The SLA contract of one case: the row of the targets table it runs on, pinned to a decision version. */
@Entity
@Table(name = "sla_case")
class SlaCase {

    @Id
    private String caseNumber;
    private String organizationCode;
    private String slaPlan;
    private String organizationCalendar;
    private String caseType;
    private String priority;
    @Enumerated(EnumType.STRING)
    private ServiceLevel serviceLevel;
    private String decisionId;
    private String hoursCalendar;
    private String resolutionCalendar;
    private String businessCalendar;
    private String initialResponse;
    private String updateEvery;
    private String resolution;
    private Instant etr;

    @Version
    private long version;

    protected SlaCase() {
    }

    SlaCase(String caseNumber, OrganizationInfo organization, String caseType, String priority, ServiceLevel serviceLevel,
            SlaTargets targets) {
        this.caseNumber = caseNumber;
        this.organizationCode = organization.code();
        this.slaPlan = organization.slaPlan();
        this.organizationCalendar = organization.calendar();
        apply(caseType, priority, serviceLevel, targets);
    }

    void apply(String newCaseType, String newPriority, ServiceLevel newServiceLevel, SlaTargets targets) {
        this.caseType = newCaseType;
        this.priority = newPriority;
        this.serviceLevel = newServiceLevel;
        this.decisionId = targets.decisionId();
        this.hoursCalendar = targets.hoursCalendar();
        this.resolutionCalendar = targets.resolutionCalendar();
        this.businessCalendar = targets.businessCalendar();
        this.initialResponse = text(targets.initialResponse());
        this.updateEvery = text(targets.updateEvery());
        this.resolution = text(targets.resolution());
    }

    SlaTargets targets() {
        return new SlaTargets(SlaTarget.parse(initialResponse), SlaTarget.parse(updateEvery), SlaTarget.parse(resolution),
                hoursCalendar, resolutionCalendar, businessCalendar, decisionId);
    }

    SlaTarget target(ClockKind kind) {
        return targets().target(kind);
    }

    /** The estimated time of resolution an agent gave; while it lies ahead it replaces scheduled updates. */
    Instant etr() {
        return etr;
    }

    void etr(Instant newEtr) {
        this.etr = newEtr;
    }

    String caseNumber() {
        return caseNumber;
    }

    String organizationCode() {
        return organizationCode;
    }

    /**
     * The organization as this case's contract sees it: a case keeps the SLA plan and calendar it was opened
     * under when the organization changes them later.
     */
    OrganizationInfo contractOf(OrganizationInfo organization) {
        return slaPlan == null ? organization : organization.withContract(slaPlan, organizationCalendar);
    }

    String decisionId() {
        return decisionId;
    }

    /** The SLA plan the case was opened under ({@code null} on cases opened before plans were recorded). */
    String slaPlan() {
        return slaPlan;
    }

    /** The calendar of business days and hours the organization works on, as when the case was opened. */
    String organizationCalendar() {
        return organizationCalendar != null ? organizationCalendar : businessCalendar;
    }

    String priority() {
        return priority;
    }

    String caseType() {
        return caseType;
    }

    ServiceLevel serviceLevel() {
        return serviceLevel;
    }

    private static String text(SlaTarget target) {
        return target == null ? null : target.text();
    }
}
