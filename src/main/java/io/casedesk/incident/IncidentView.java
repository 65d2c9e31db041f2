package io.casedesk.incident;

import java.time.Instant;
import java.util.List;

/**
 * The incident flow of a case as staff and the customer see it.
 *
 * @param outageMinutes from the start of the outage until the service was restored; {@code null} until then
 * @param dispatch      the field visit, if the plan needed one
 * @param steps         every pass through a step, in order, with its target and actual duration
 */
public record IncidentView(String caseNumber, String remedy, Instant outageStartedAt, Instant solvedAt,
        Long outageMinutes, String confirmedBy, Dispatch dispatch, Instant closedAt, List<Step> steps) {

    /** The technician's visit. */
    public record Dispatch(String technician, String siteName, String siteAddress, String siteClass, Instant arrivalFrom,
            Instant arrivalDue, Instant onSiteAt, Instant workDoneAt) {
    }

    /**
     * One pass through a step.
     *
     * @param durationSeconds how long it took, or has taken so far while it is open
     * @param overrunAt       when it ran past its target, if it did
     */
    public record Step(String step, int number, String label, Instant startedAt, Instant completedAt,
            long durationSeconds, Long targetSeconds, Instant overrunAt, String actor) {
    }

    static IncidentView of(Incident incident, List<IncidentStepRecord> records, Instant now) {
        Dispatch dispatch = incident.technician() == null ? null
                : new Dispatch(incident.technician(), incident.siteName(), incident.siteAddress(), incident.siteClass(),
                        incident.arrivalFrom(), incident.arrivalDue(), incident.onSiteAt(), incident.workDoneAt());
        List<Step> steps = records.stream().map(r -> new Step(r.step().name(), r.step().number(), r.step().label(),
                r.startedAt(), r.completedAt(), r.duration(now).getSeconds(),
                r.target() == null ? null : r.target().getSeconds(), r.overrunAt(), r.actor())).toList();
        return new IncidentView(incident.caseNumber(), incident.remedy() == null ? null : incident.remedy().name(),
                incident.outageStartedAt(), incident.solvedAt(), incident.outageMinutes(), incident.confirmedBy(),
                dispatch, incident.closedAt(), steps);
    }
}
