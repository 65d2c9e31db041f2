package io.casedesk.supportcase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.DateTimeInput;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;

/**
 * The work on a case, step by step: what the agents' tasks of {@code SupportCaseProcess} do (package-private,
 * called by its delegates) and what guided flows on top of a case (the incident flow, MACD requests, master cases)
 * may do to it (public). Each step is one transition of {@link SupportCase}, which keeps its rules; saving the case
 * publishes what the transition changed (SLA clocks, notices). Steps that start a wait return its due date.
 * Refusals are {@code CasedeskException}s, which roll a task completion back and show their message in Tasklist.
 */
@Service
@Transactional
public class CaseSteps {

    private final SupportCaseRepository cases;
    private final CustomerDirectory directory;
    private final BusinessCalendars calendars;
    private final CaseSettings settings;
    private final CaseProcess process;
    private final Clock clock;

    CaseSteps(SupportCaseRepository cases, CustomerDirectory directory, BusinessCalendars calendars, CaseSettings settings,
            CaseProcess process, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.calendars = calendars;
        this.settings = settings;
        this.process = process;
        this.clock = clock;
    }

    // --- what the case's own tasks do -------------------------------------------------------------

    void triage(String number, String priority, String type, String productLine, String category, String group,
            String actor) {
        Priority newPriority = parse(Priority.class, "priority", priority);
        CaseType newType = parse(CaseType.class, "case type", type);
        if (productLine != null && !settings.productLines().contains(productLine)) {
            throw new InvalidRequestException("Unknown product line '" + productLine + "'; expected one of "
                    + String.join(", ", settings.productLines()) + ".");
        }
        if (category != null && !settings.categories().contains(category)) {
            throw new InvalidRequestException("Unknown category '" + category + "'; expected one of "
                    + String.join(", ", settings.categories()) + ".");
        }
        if (group == null || !settings.workGroups().contains(group)) {
            throw new InvalidRequestException("Assign the case to one of " + String.join(", ", settings.workGroups()) + ".");
        }
        change(number, c -> c.triage(newPriority, newType, productLine, category, group, actor, now()));
    }

    /** An administrative request goes to its team without technical triage; returns the team. */
    String routeAdministrative(String number, String actor) {
        String[] group = new String[1];
        change(number, c -> {
            group[0] = settings.administrativeGroup(c.type());
            c.routeAdministrative(group[0], actor, now());
        });
        return group[0];
    }

    void markDuplicate(String number, String duplicateOf, String actor) {
        if (duplicateOf == null) {
            throw new InvalidRequestException("Name the main case, e.g. CS-000123.");
        }
        SupportCase main = CaseNumber.parse(duplicateOf).flatMap(cases::findById)
                .orElseThrow(() -> new InvalidRequestException("There is no case " + duplicateOf + "."));
        change(number, c -> c.markDuplicateOf(main, actor, now()));
    }

    /** Posts a public update; an ETR, when given, replaces the scheduled updates until it passes. */
    void postUpdate(String number, String message, Object etr, String actor) {
        change(number, c -> {
            Instant estimate = etr == null || etr.toString().isBlank() ? null
                    : instant(etr, organization(c).timeZone(), "estimated time of resolution");
            CaseComment update = c.postAgentUpdate(message, actor, now());
            if (estimate != null) {
                c.giveEtr(estimate, update.at());
            }
        });
    }

    /** Puts the case on hold; returns when the hold ends. */
    Instant putOnHold(String number, Object until, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        Instant end = instant(until, organization(supportCase).timeZone(), "hold until");
        change(number, c -> c.putOnHold(end, reason, actor, now()));
        return end;
    }

    void resumeFromHold(String number) {
        change(number, c -> c.resumeFromHold("The hold period ended", SupportCase.SYSTEM, now()));
    }

    /**
     * Moves the work to the next support tier ({@code casedesk.cases.escalation-tiers}); a case already
     * with the last tier, or with a group outside the tiers, stays where it is. Returns the group that
     * works the case now.
     */
    String escalateToNextTier(String number, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        String current = supportCase.assignedGroup();
        List<String> tiers = settings.escalationTiers();
        int tier = tiers.indexOf(current);
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        if (tier < 0 || tier == tiers.size() - 1) {
            supportCase.record("Escalation requested" + why + "; " + current + " keeps the case (no higher tier)", actor,
                    now());
            return current;
        }
        String next = tiers.get(tier + 1);
        supportCase.moveToGroup(next, "Escalated from " + current + " to " + next + why, actor, now());
        return next;
    }

    void ship(String number, String carrier, String trackingReference, String actor) {
        change(number, c -> c.ship(carrier, trackingReference, actor, now()));
    }

    void confirmDelivery(String number, String note, String actor) {
        change(number, c -> c.deliveryConfirmed(note, actor, now()));
    }

    /** Asks the customer; returns when the case closes if the customer does not reply. */
    Instant askCustomer(String number, String questionText, String actor) {
        return noResponseDue(change(number, c -> c.askCustomer(questionText, actor, now())));
    }

    /** Closes the case as support; returns the end of its reopen window. */
    Instant close(String number, String closingNote, String actor) {
        return close(number, closingNote, actor, Map.of());
    }

    // --- what guided flows do to a case -----------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseView view(String number) {
        return supportCase(number).view();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> details(String number) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(supportCase(number).details()));
    }

    @Transactional(readOnly = true)
    public String description(String number) {
        return supportCase(number).description();
    }

    /** Posts the step's summary as a public update; the notice shows {@code facts} (at least {@code step}). */
    public void postStep(String number, String summary, String actor, Map<String, Object> facts) {
        change(number, c -> c.postStep(summary, actor, facts, now()));
    }

    /** Posts a public update to the customer (it answers the customer, as for an agent's update). */
    public void postUpdate(String number, String message, String actor) {
        postUpdate(number, message, null, actor);
    }

    /** The flow's group works the case from now on; a new case is in progress. */
    public void takeOver(String number, String group, String reason, String actor) {
        change(number, c -> c.takeOver(group, reason, actor, now()));
    }

    /** Waits for an MPOC's approval; SLA clocks pause meanwhile, and comments do not end the wait. */
    public void awaitApproval(String number, String reason, String actor) {
        change(number, c -> c.awaitApproval(reason, actor, now()));
    }

    /** The customer's organization answered; SLA clocks run again. */
    public void resumeWork(String number, String reason, String actor) {
        change(number, c -> c.resumeWork(reason, actor, now()));
    }

    /** Resolves the case and asks the customer to confirm; returns when it closes without an answer. */
    public Instant resolve(String number, String resolution, String actor) {
        return noResponseDue(change(number, c -> c.resolve(resolution, actor, now())));
    }

    /** Asks the customer for the missing facts by mail and waits; returns when the case closes without reply. */
    public Instant awaitInformation(String number, List<String> missing, String actor) {
        return noResponseDue(change(number, c -> c.awaitInformation(missing, actor, now())));
    }

    /** Adds or corrects facts of an open case. */
    public void updateDetails(String number, Map<String, Object> values, String actor) {
        change(number, c -> c.updateDetails(values, actor, now()));
    }

    /** Closes the case; the closing notice carries {@code facts}. Returns the end of its reopen window. */
    public Instant close(String number, String closingNote, String actor, Map<String, Object> facts) {
        SupportCase closed = change(number, c -> c.close(closingNote, actor, facts, now()));
        return closed.reopenDeadline(settings, organization(closed).timeZone());
    }

    /** The case closes because the customer did not answer in time. */
    public void closeForNoResponse(String number) {
        closeForNoResponse(number, "We have not heard from you for " + settings.noResponseBusinessDays()
                + " business days, so this case is now Closed No Response. When you are ready to continue, reply or "
                + "open a new case and we will relate it to " + number + ".");
    }

    /** The case closes because the customer did not answer in time, with the reason in the closing note. */
    public void closeForNoResponse(String number, String closingNote) {
        change(number, c -> c.closeForNoResponse(closingNote, now()));
    }

    /** Writes an event that does not change the status to the history. */
    public void record(String number, String text, String actor) {
        supportCase(number).record(text, actor, now());
    }

    /** Opens a master case (P1G) of the organization, worked by the group; the caller starts its process. */
    public CaseView openMaster(String organization, String subject, String description, String productLine, String group,
            String actor) {
        if (productLine != null && !settings.productLines().contains(productLine)) {
            throw new InvalidRequestException("Unknown product line '" + productLine + "'; use one of "
                    + settings.productLines() + ".");
        }
        SupportCase master = SupportCase.open(new SupportCase.Opening(organization, actor, Channel.SUPPORT,
                CaseType.INCIDENT, productLine, subject.strip(), description.strip(), null, Priority.P1G, actor, null,
                "Master case declared by " + actor), now());
        master.takeOver(group, "Master case: worked by " + group + " until resolved", actor, now());
        return cases.saveAndFlush(master).view();
    }

    /** Links an open case to an open master case. */
    public CaseView linkToMaster(String number, String masterNumber, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.linkToMaster(supportCase(masterNumber), actor, now());
        return supportCase.view();
    }

    /** The cases linked to the master case, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseView> linkedTo(String masterNumber) {
        return cases.findByMasterCaseIdOrderById(supportCase(masterNumber).id()).stream().map(SupportCase::view).toList();
    }

    /** Every master case (P1G), newest first. */
    @Transactional(readOnly = true)
    public List<CaseView> masterCases() {
        return cases.findByPriorityOrderByIdDesc(Priority.P1G).stream().map(SupportCase::view).toList();
    }

    /** The public conversation of a case: what the customers read, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseComment> publicComments(String number) {
        return supportCase(number).comments().stream().filter(CaseComment::isPublic).toList();
    }

    /**
     * Resolves an open linked case with the master's note, whatever step it was in: its flow ends that step
     * and waits for the customer's confirmation, and the customer is told. A case that is resolved or closed
     * already keeps its own resolution.
     */
    public void resolveWithMaster(String number, String masterNumber, String note, String actor) {
        SupportCase supportCase = supportCase(number);
        if (supportCase.status().isClosed() || supportCase.status() == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED) {
            return;
        }
        SupportCase master = supportCase(masterNumber);
        change(number, c -> c.resolveWithMaster(master, note, actor, now()));
        String group = supportCase.assignedGroup() != null ? supportCase.assignedGroup()
                : settings.escalationTiers().get(0);
        process.resolvedWithMaster(supportCase, noResponseDue(supportCase), group);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** One transition of the case; saving it publishes what the transition registered. */
    private SupportCase change(String number, Consumer<SupportCase> transition) {
        SupportCase supportCase = supportCase(number);
        transition.accept(supportCase);
        return cases.save(supportCase);
    }

    private Instant noResponseDue(SupportCase supportCase) {
        BusinessCalendar calendar = calendars.get(organization(supportCase).calendar());
        return calendar.plusBusinessDays(now(), settings.noResponseBusinessDays());
    }

    private OrganizationInfo organization(SupportCase supportCase) {
        return directory.organization(supportCase.organization());
    }

    private SupportCase supportCase(String number) {
        return CaseNumber.parse(number).flatMap(cases::findById)
                .orElseThrow(() -> new NotFoundException("No case " + number + " exists."));
    }

    /** Reads a date the form requires: an ISO date-time with offset, or a local one in the organization's zone. */
    static Instant instant(Object value, ZoneId zone, String field) {
        Instant instant = DateTimeInput.parse(value, zone, field);
        if (instant == null) {
            throw new InvalidRequestException("Enter the " + field + " date.");
        }
        return instant;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Choose a " + field + ".");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
