package io.casedesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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

    /** The key of {@code processes/incident.bpmn}. */
    public static final String PROCESS_ID = "IncidentProcess";

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

    /**
     * A step was done with the facts of its form. Refusals roll the completion back, so the task stays
     * open with the agent's input. Returns the process variables the step sets.
     */
    Map<String, Object> stepCompleted(String caseNumber, IncidentStep step, String actor, Map<String, Object> facts) {
        Instant now = now();
        CaseView c = caseSteps.view(caseNumber);
        Incident incident = incident(caseNumber);
        Map<String, Object> result = new LinkedHashMap<>();
        String summary = switch (step) {
            case REGISTRATION -> {
                Map<String, Object> recorded = new LinkedHashMap<>(
                        IncidentFacts.reportFacts(facts, properties.requiredDetails()));
                recorded.put(IncidentFacts.SYMPTOMS, IncidentFacts.required(facts, IncidentFacts.SYMPTOMS, "the symptoms"));
                recorded.put(IncidentFacts.CONTACT, IncidentFacts.required(facts, IncidentFacts.CONTACT,
                        "the contact for this incident"));
                caseSteps.updateDetails(caseNumber, recorded, actor);
                Instant occurred = IncidentFacts.instant(recorded.get(IncidentFacts.OCCURRED_AT), zone(c));
                if (occurred != null) {
                    incident.outageStarted(occurred);
                }
                yield summaries.registration(organization(c), caseSteps.details(caseNumber));
            }
            case DIAGNOSIS -> {
                Incident.Remedy remedy = IncidentFacts.remedy(facts.get(IncidentFacts.REMEDY));
                incident.remedy(remedy);
                result.put(IncidentFacts.REMEDY, remedy.name());
                yield summaries.diagnosis(organization(c),
                        IncidentFacts.required(facts, IncidentFacts.CAUSE, "the cause"),
                        IncidentFacts.required(facts, IncidentFacts.PLAN, "the plan of action"), remedy);
            }
            case EXECUTION -> summaries.execution(organization(c),
                    IncidentFacts.required(facts, IncidentFacts.ACTIONS, "what was done"));
            case DISPATCH -> {
                String technician = IncidentFacts.required(facts, IncidentFacts.TECHNICIAN, "the technician");
                String siteClass = IncidentFacts.siteClass(facts.get(IncidentFacts.SITE_CLASS));
                Instant agreedEta = IncidentFacts.instant(facts.get(IncidentFacts.AGREED_ETA), zone(c));
                if (IncidentFacts.REMOTE_AREA.equals(siteClass) && agreedEta == null) {
                    throw new InvalidRequestException("A remote area is visited by agreement: enter the arrival time "
                            + "agreed with the customer.");
                }
                if (agreedEta != null && !agreedEta.isAfter(now)) {
                    throw new InvalidRequestException("The agreed arrival time must be in the future.");
                }
                incident.dispatched(technician, IncidentFacts.text(facts, IncidentFacts.SITE_NAME),
                        IncidentFacts.required(facts, IncidentFacts.SITE_ADDRESS, "the site address"), siteClass);
                yield null; // the customer hears of the visit once the travel window is known
            }
            case ARRIVAL -> {
                incident.onSite(now);
                yield summaries.arrival(organization(c), incident.technician(), now);
            }
            case FIELD_WORK -> {
                incident.workDone(now);
                yield summaries.fieldWork(organization(c),
                        IncidentFacts.required(facts, IncidentFacts.WORK_RESULT, "the result of the work on site"));
            }
            case VERIFICATION -> {
                Instant solvedAt = IncidentFacts.instant(facts.get(IncidentFacts.SOLVED_AT), zone(c));
                if (solvedAt == null) {
                    throw new InvalidRequestException("Enter when the service was restored.");
                }
                if (solvedAt.isAfter(now)) {
                    throw new InvalidRequestException("The service cannot be restored in the future.");
                }
                String confirmedBy = IncidentFacts.required(facts, IncidentFacts.CONFIRMED_BY,
                        "the customer's person who confirmed the resolution");
                incident.solved(solvedAt, confirmedBy);
                yield summaries.verification(organization(c),
                        IncidentFacts.required(facts, IncidentFacts.FAILURE, "the failure"),
                        IncidentFacts.required(facts, IncidentFacts.PLAN_EXECUTED, "the plan executed"), solvedAt,
                        confirmedBy);
            }
            case STABILITY -> {
                boolean stable = IncidentFacts.flag(facts.get(IncidentFacts.STABLE));
                result.put(IncidentFacts.STABLE, stable);
                yield summaries.stability(organization(c), stable,
                        IncidentFacts.required(facts, IncidentFacts.EVIDENCE, "the evidence of stability"));
            }
            case CLOSURE -> {
                incident.closed(now);
                String note = summaries.closure(organization(c),
                        IncidentFacts.required(facts, IncidentFacts.FAILURE, "the failure"),
                        IncidentFacts.required(facts, IncidentFacts.SOLUTION, "the solution"), incident.outageMinutes());
                Instant reopenUntil = caseSteps.close(caseNumber, note, actor, stepFacts(step));
                result.put("reopenDeadline", Date.from(reopenUntil));
                result.put(IncidentVariables.OUTCOME, "CLOSED");
                yield note; // the closing notice tells it
            }
            case RECEPTION -> throw new IllegalArgumentException("Reception is not a task");
        };
        complete(caseNumber, step, actor, summary, now);
        if (summary != null && step != IncidentStep.CLOSURE) {
            caseSteps.postStep(caseNumber, summary, actor, stepFacts(step));
        }
        return result;
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
