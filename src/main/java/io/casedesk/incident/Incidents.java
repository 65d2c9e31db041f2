package io.casedesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.escalation.Escalations;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseView;

/**
 * The incident flow of a case, step by step: each step is timed against its target, its facts are
 * kept on the case, the customer hears of it in their language, and an overrun escalates along the
 * incident escalation path while the work goes on. {@code IncidentProcess} drives it.
 */
@Service
@Transactional
public class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);
    private static final String SYSTEM = "system";

    private final IncidentRepository incidents;
    private final IncidentStepRepository steps;
    private final IncidentProperties properties;
    private final IncidentSummaries summaries;
    private final CaseSteps caseSteps;
    private final CaseManagement cases;
    private final CustomerDirectory directory;
    private final Escalations escalations;
    private final Clock clock;

    Incidents(IncidentRepository incidents, IncidentStepRepository steps, IncidentProperties properties,
            IncidentSummaries summaries, CaseSteps caseSteps, CaseManagement cases, CustomerDirectory directory,
            Escalations escalations, Clock clock) {
        this.incidents = incidents;
        this.steps = steps;
        this.properties = properties;
        this.summaries = summaries;
        this.caseSteps = caseSteps;
        this.cases = cases;
        this.directory = directory;
        this.escalations = escalations;
        this.clock = clock;
    }

    /**
     * Step 1, reception: the report is received and acknowledged when the case opens, since the case row and
     * its acknowledgement are written in one transaction (the customer gets the case number at once). The step
     * is timed from the report to that acknowledgement; triage and registration are timed by their own steps.
     */
    void received(String caseNumber) {
        CaseView c = caseSteps.view(caseNumber);
        Instant outageStart = reportedOccurrence(caseNumber, c);
        Incident incident = incidents.findById(caseNumber)
                .orElseGet(() -> incidents.save(new Incident(caseNumber, outageStart != null ? outageStart : c.openedAt())));
        IncidentStepRecord reception = steps.save(new IncidentStepRecord(caseNumber, IncidentStep.RECEPTION,
                c.openedAt(), properties.target(IncidentStep.RECEPTION)));
        reception.complete(c.openedAt(), "system", "Reported through " + c.channel() + " and acknowledged with " + caseNumber);
        caseSteps.record(caseNumber, "Incident flow started (step 1, reception, took "
                + IncidentFacts.describe(reception.duration(c.openedAt())) + ")", "system");
        log.debug("{}: incident flow started, outage since {}", caseNumber, incident.outageStartedAt());
    }

    /** The facts an incident report needs that the case does not have yet, in the configured order. */
    @Transactional(readOnly = true)
    public List<String> missingFacts(String caseNumber) {
        Map<String, Object> details = caseSteps.details(caseNumber);
        List<String> missing = new ArrayList<>();
        for (String fact : properties.requiredDetails()) {
            Object value = details.get(fact);
            if (value == null || value.toString().isBlank()) {
                missing.add(fact);
            }
        }
        return missing;
    }

    /**
     * A report fact as the next step's form shows it: the time of occurrence as a local date and time in the
     * customer's zone (the forms name that zone), anything else, or a time that cannot be read, as it was given.
     */
    @Transactional(readOnly = true)
    public String factForForm(String caseNumber, String fact, Object value) {
        if (IncidentFacts.OCCURRED_AT.equals(fact)) {
            ZoneId zone = zone(caseSteps.view(caseNumber));
            try {
                Instant at = IncidentFacts.instant(value, zone);
                if (at != null) {
                    return at.atZone(zone).toLocalDateTime().toString();
                }
            } catch (InvalidRequestException unreadable) {
                // as the customer wrote it: registration corrects it
            }
        }
        return value.toString();
    }

    /** Asks the customer for the missing facts; returns when the case closes if they do not answer. */
    Instant requestFacts(String caseNumber, List<String> missing) {
        return caseSteps.awaitInformation(caseNumber, missing, "system");
    }

    /** Facts an agent took from the customer's reply. */
    void recordFacts(String caseNumber, Map<String, Object> values, String actor) {
        Map<String, Object> given = IncidentFacts.reportFacts(values, properties.requiredDetails());
        if (!given.isEmpty()) {
            caseSteps.updateDetails(caseNumber, given, actor);
        }
    }

    /** A step's task was created: the step's clock starts; returns the step's due time, if it has a target. */
    Instant stepStarted(String caseNumber, IncidentStep step) {
        Instant now = now();
        IncidentStepRecord record = steps.save(new IncidentStepRecord(caseNumber, step, now, properties.target(step)));
        return record.target() == null ? null : now.plus(record.target());
    }

    // --- the steps done, each with the facts of its form: the step is recorded and the customer told; a refusal
    // rolls the task completion back, so the task stays open with the agent's input --------------------------

    /** Step 2: the report is registered with the facts the plan asks for. */
    void registered(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        Map<String, Object> recorded = new LinkedHashMap<>(IncidentFacts.reportFacts(facts, properties.requiredDetails()));
        recorded.put(IncidentFacts.SYMPTOMS, IncidentFacts.required(facts, IncidentFacts.SYMPTOMS, "the symptoms"));
        recorded.put(IncidentFacts.CONTACT, IncidentFacts.required(facts, IncidentFacts.CONTACT,
                "the contact for this incident"));
        caseSteps.updateDetails(caseNumber, recorded, actor);
        Instant occurred = IncidentFacts.instant(recorded.get(IncidentFacts.OCCURRED_AT), zone(c));
        if (occurred != null) {
            incident(caseNumber).outageStarted(occurred);
        }
        done(caseNumber, IncidentStep.REGISTRATION, actor, summaries.registration(organization(c),
                caseSteps.details(caseNumber)));
    }

    /** Step 3: cause and plan are known; returns how the plan is carried out. */
    Incident.Remedy diagnosed(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        Incident.Remedy remedy = IncidentFacts.remedy(facts.get(IncidentFacts.REMEDY));
        incident(caseNumber).remedy(remedy);
        done(caseNumber, IncidentStep.DIAGNOSIS, actor, summaries.diagnosis(organization(c),
                IncidentFacts.required(facts, IncidentFacts.CAUSE, "the cause"),
                IncidentFacts.required(facts, IncidentFacts.PLAN, "the plan of action"), remedy));
        return remedy;
    }

    /** Step 4, remotely: the actions taken. */
    void planExecuted(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        done(caseNumber, IncidentStep.EXECUTION, actor, summaries.execution(organization(c),
                IncidentFacts.required(facts, IncidentFacts.ACTIONS, "what was done")));
    }

    /** Step 4, field dispatch: technician and site; the customer hears of the visit once the travel window is known. */
    void dispatched(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        String technician = IncidentFacts.required(facts, IncidentFacts.TECHNICIAN, "the technician");
        String siteClass = IncidentFacts.siteClass(facts.get(IncidentFacts.SITE_CLASS));
        Instant agreedEta = IncidentFacts.instant(facts.get(IncidentFacts.AGREED_ETA), zone(c));
        if (IncidentFacts.REMOTE_AREA.equals(siteClass) && agreedEta == null) {
            throw new InvalidRequestException("A remote area is visited by agreement: enter the arrival time "
                    + "agreed with the customer.");
        }
        if (agreedEta != null && !agreedEta.isAfter(now())) {
            throw new InvalidRequestException("The agreed arrival time must be in the future.");
        }
        incident(caseNumber).dispatched(technician, IncidentFacts.text(facts, IncidentFacts.SITE_NAME),
                IncidentFacts.required(facts, IncidentFacts.SITE_ADDRESS, "the site address"), siteClass);
        done(caseNumber, IncidentStep.DISPATCH, actor, null);
    }

    /** Step 4, the technician is on site. */
    void arrived(String caseNumber, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        Incident incident = incident(caseNumber);
        incident.onSite(now());
        done(caseNumber, IncidentStep.ARRIVAL, actor, summaries.arrival(organization(c), incident.technician(), now()));
    }

    /** Step 4, the technician's work on site is done. */
    void fieldWorkDone(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        incident(caseNumber).workDone(now());
        done(caseNumber, IncidentStep.FIELD_WORK, actor, summaries.fieldWork(organization(c),
                IncidentFacts.required(facts, IncidentFacts.WORK_RESULT, "the result of the work on site")));
    }

    /** Step 5: the resolution is documented and confirmed by the customer's person. */
    void verified(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        Instant solvedAt = IncidentFacts.instant(facts.get(IncidentFacts.SOLVED_AT), zone(c));
        if (solvedAt == null) {
            throw new InvalidRequestException("Enter when the service was restored.");
        }
        if (solvedAt.isAfter(now())) {
            throw new InvalidRequestException("The service cannot be restored in the future.");
        }
        String confirmedBy = IncidentFacts.required(facts, IncidentFacts.CONFIRMED_BY,
                "the customer's person who confirmed the resolution");
        incident(caseNumber).solved(solvedAt, confirmedBy);
        done(caseNumber, IncidentStep.VERIFICATION, actor, summaries.verification(organization(c),
                IncidentFacts.required(facts, IncidentFacts.FAILURE, "the failure"),
                IncidentFacts.required(facts, IncidentFacts.PLAN_EXECUTED, "the plan executed"), solvedAt, confirmedBy));
    }

    /** Step 6: whether the service stayed stable; an unstable one is diagnosed again. */
    boolean stabilityObserved(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        boolean stable = IncidentFacts.flag(facts.get(IncidentFacts.STABLE));
        done(caseNumber, IncidentStep.STABILITY, actor, summaries.stability(organization(c), stable,
                IncidentFacts.required(facts, IncidentFacts.EVIDENCE, "the evidence of stability")));
        return stable;
    }

    /** Step 7: the incident and its case close; the closing notice tells it. Returns the end of the reopen window. */
    Instant closed(String caseNumber, Map<String, Object> facts, String actor) {
        CaseView c = caseSteps.view(caseNumber);
        Incident incident = incident(caseNumber);
        incident.closed(now());
        String note = summaries.closure(organization(c), IncidentFacts.required(facts, IncidentFacts.FAILURE, "the failure"),
                IncidentFacts.required(facts, IncidentFacts.SOLUTION, "the solution"), incident.outageMinutes());
        complete(caseNumber, IncidentStep.CLOSURE, actor, note, now());
        return caseSteps.close(caseNumber, note, actor, stepFacts(IncidentStep.CLOSURE));
    }

    /**
     * The dispatcher's travel window is known: from the site class's table, or the arrival agreed with
     * the customer for a remote area. The customer is told when to expect the technician; returns the
     * latest arrival, which the technician's arrival timer waits for.
     */
    Instant travelWindow(String caseNumber, Duration earliest, Duration latest, Object agreedEta) {
        Instant now = now();
        CaseView c = caseSteps.view(caseNumber);
        Incident incident = incident(caseNumber);
        Instant agreed = IncidentFacts.instant(agreedEta, zone(c));
        Instant from = agreed != null ? agreed : now.plus(earliest == null ? Duration.ZERO : earliest);
        Instant due = agreed != null ? agreed : latest == null ? null : now.plus(latest);
        if (due == null) {
            throw new InvalidRequestException("The site class " + incident.siteClass()
                    + " is visited by agreement: enter the agreed arrival time.");
        }
        incident.travelWindow(from, due);
        caseSteps.postStep(caseNumber, summaries.dispatch(organization(c), incident.technician(), incident.siteAddress(),
                from, due), "system", stepFacts(IncidentStep.DISPATCH));
        return due;
    }

    /** A step ran past its target: the case escalates, the step goes on. */
    void overrun(String caseNumber, IncidentStep step) {
        steps.findFirstByCaseNumberAndStepOrderByIdDesc(caseNumber, step).ifPresent(r -> r.overran(now()));
        String target = step == IncidentStep.ARRIVAL ? "the arrival window"
                : "the target of " + IncidentFacts.describe(properties.target(step));
        escalations.stepOverrun(caseNumber, "Step " + step.number() + " (" + step.label() + ") ran past " + target);
    }

    /**
     * The case was resolved with its master case while its incident flow ran: the open step ends with that
     * reason, and so does the flow; the case's history says so.
     */
    void stoppedByMasterCase(String caseNumber) {
        Instant now = now();
        String reason = "Ended: the case was resolved with its master case";
        steps.findByCaseNumberOrderById(caseNumber).stream().filter(IncidentStepRecord::isOpen)
                .forEach(record -> record.complete(now, SYSTEM, reason));
        incidents.findById(caseNumber).ifPresent(incident -> incident.closed(now));
        caseSteps.record(caseNumber, "Incident flow ended: the case was resolved with its master case", SYSTEM);
    }

    /** The incident flow as the case shows it: outage, field visit and each step with its duration. */
    @Transactional(readOnly = true)
    public IncidentView view(String caseNumber, Caller caller) {
        cases.get(caseNumber, caller);
        Incident incident = incidents.findById(caseNumber)
                .orElseThrow(() -> new NotFoundException(caseNumber + " has no incident flow."));
        return IncidentView.of(incident, steps.findByCaseNumberOrderById(caseNumber), now());
    }

    /** The step is recorded as done; its summary, if it has one, is posted to the customer. */
    private void done(String caseNumber, IncidentStep step, String actor, String summary) {
        complete(caseNumber, step, actor, summary, now());
        if (summary != null) {
            caseSteps.postStep(caseNumber, summary, actor, stepFacts(step));
        }
    }

    private void complete(String caseNumber, IncidentStep step, String actor, String summary, Instant now) {
        steps.findFirstByCaseNumberAndStepOrderByIdDesc(caseNumber, step).filter(IncidentStepRecord::isOpen)
                .orElseGet(() -> steps.save(new IncidentStepRecord(caseNumber, step, now, properties.target(step))))
                .complete(now, actor, summary);
    }

    /** The time of occurrence the customer reported; registration corrects one that cannot be read. */
    private Instant reportedOccurrence(String caseNumber, CaseView c) {
        try {
            return IncidentFacts.instant(caseSteps.details(caseNumber).get(IncidentFacts.OCCURRED_AT), zone(c));
        } catch (InvalidRequestException unreadable) {
            return null;
        }
    }

    private static Map<String, Object> stepFacts(IncidentStep step) {
        return Map.of("step", step.name(), "stepNumber", step.number());
    }

    private Incident incident(String caseNumber) {
        return incidents.findById(caseNumber)
                .orElseThrow(() -> new NotFoundException(caseNumber + " has no incident flow."));
    }

    private OrganizationInfo organization(CaseView c) {
        return directory.organization(c.organization());
    }

    private ZoneId zone(CaseView c) {
        return organization(c).timeZone();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
