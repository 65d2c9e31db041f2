package io.casedesk.supportcase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.DateTimeInput;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.sla.SlaClocks;

/**
 * The agent's side of a case, driven by {@code SupportCaseProcess}: each method is one step of the
 * model and returns the due date its next timer waits for. Refusals are {@code CasedeskException}s,
 * which roll the task completion back and show their message in Tasklist.
 */
@Service
@Transactional
class CaseWork {

    private final SupportCaseRepository cases;
    private final CustomerDirectory directory;
    private final BusinessCalendars calendars;
    private final CaseSettings settings;
    private final SlaClocks slaClocks;
    private final CaseClocks caseClocks;
    private final CaseEvents events;
    private final CaseProcess process;
    private final Clock clock;

    CaseWork(SupportCaseRepository cases, CustomerDirectory directory, BusinessCalendars calendars,
            CaseSettings settings, SlaClocks slaClocks, CaseClocks caseClocks, CaseEvents events, CaseProcess process,
            Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.calendars = calendars;
        this.settings = settings;
        this.slaClocks = slaClocks;
        this.caseClocks = caseClocks;
        this.events = events;
        this.process = process;
        this.clock = clock;
    }

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
        SupportCase supportCase = supportCase(number);
        supportCase.triage(newPriority, newType, productLine, category, group, actor, now());
        slaClocks.retargeted(number, organization(supportCase), newType.name(), newPriority.name(), now());
        events.triaged(supportCase);
    }

    void markDuplicate(String number, String duplicateOf, String actor) {
        if (duplicateOf == null) {
            throw new InvalidRequestException("Name the main case, e.g. CS-000123.");
        }
        SupportCase main = CaseNumber.parse(duplicateOf).flatMap(cases::findById)
                .orElseThrow(() -> new InvalidRequestException("There is no case " + duplicateOf + "."));
        SupportCase duplicate = supportCase(number);
        duplicate.markDuplicateOf(main, actor, now());
        caseClocks.follow(duplicate, now());
        events.publish(CaseEvent.Type.DUPLICATE, duplicate, actor, now(), null);
    }

    /** Posts a public update; an ETR, when given, replaces the scheduled updates until it passes. */
    void postUpdate(String number, String message, Object etr, String actor) {
        SupportCase supportCase = supportCase(number);
        Instant estimate = etr == null || etr.toString().isBlank() ? null
                : instant(etr, organization(supportCase).timeZone(), "estimated time of resolution");
        if (estimate != null) {
            supportCase.giveEtr(estimate, now());
        }
        CaseComment update = supportCase.postAgentUpdate(message, actor, now());
        slaClocks.publicResponse(number, update.at());
        if (estimate != null) {
            slaClocks.etrGiven(number, estimate, update.at());
        }
        events.publish(CaseEvent.Type.PUBLIC_UPDATE, supportCase, actor, update.at(), update.body());
    }

    /** Puts the case on hold; returns when the hold ends. */
    Instant putOnHold(String number, Object until, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        Instant end = instant(until, organization(supportCase).timeZone(), "hold until");
        supportCase.putOnHold(end, reason, actor, now());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.ON_HOLD, supportCase, actor, now(), reason);
        return end;
    }

    void resumeFromHold(String number) {
        SupportCase supportCase = supportCase(number);
        supportCase.resumeFromHold("The hold period ended", SupportCase.SYSTEM, now());
        caseClocks.follow(supportCase, now());
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
        SupportCase supportCase = supportCase(number);
        supportCase.ship(carrier, trackingReference, actor, now());
        events.publish(CaseEvent.Type.SHIPPING, supportCase, actor, now(), null);
    }

    void confirmDelivery(String number, String note, String actor) {
        supportCase(number).deliveryConfirmed(note, actor, now());
    }

    /** Asks the customer; returns when the case closes if the customer does not reply. */
    Instant askCustomer(String number, String questionText, String actor) {
        SupportCase supportCase = supportCase(number);
        CaseComment question = supportCase.askCustomer(questionText, actor, now());
        slaClocks.publicResponse(number, question.at());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.QUESTION, supportCase, actor, question.at(), question.body());
        return noResponseDue(supportCase);
    }

    /** Resolves the case; returns when it closes if the customer does not answer. */
    Instant resolve(String number, String resolution, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.resolve(resolution, actor, now());
        slaClocks.publicResponse(number, now());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.RESOLVED, supportCase, actor, now(), resolution);
        return noResponseDue(supportCase);
    }

    /** Closes the case; returns the end of its reopen window. */
    Instant close(String number, String closingNote, String actor) {
        return closeWithFacts(number, closingNote, actor, Map.of());
    }

    void closeForNoResponse(String number) {
        closeForNoResponse(number, "We have not heard from you for " + settings.noResponseBusinessDays()
                + " business days, so this case is now Closed No Response. When you are ready to continue, reply or "
                + "open a new case and we will relate it to " + number + ".");
    }

    void closeForNoResponse(String number, String closingNote) {
        SupportCase supportCase = supportCase(number);
        if (supportCase.closeForNoResponse(closingNote, now())) {
            caseClocks.follow(supportCase, now());
            events.publish(CaseEvent.Type.CLOSED_NO_RESPONSE, supportCase, SupportCase.SYSTEM, now(), closingNote);
        }
    }

    /** A step of a guided flow (the incident flow) done: posted to the customer as a public update. */
    void postStep(String number, String summary, String actor, Map<String, Object> facts) {
        SupportCase supportCase = supportCase(number);
        CaseComment update = supportCase.postAgentUpdate(summary, actor, now());
        slaClocks.publicResponse(number, update.at());
        events.publish(CaseEvent.Type.INCIDENT_STEP, supportCase, actor, update.at(), update.body(), facts);
    }

    /** Asks the customer for missing facts and waits; returns when the case closes without a reply. */
    Instant awaitInformation(String number, List<String> missing, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.awaitInformation(missing, actor, now());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.INFORMATION_MISSING, supportCase, actor, now(), null,
                Map.of("missingFields", List.copyOf(missing)));
        return noResponseDue(supportCase);
    }

    void updateDetails(String number, Map<String, Object> values, String actor) {
        supportCase(number).updateDetails(values, actor, now());
    }

    /** Closes the case at the end of a guided flow; the closing notice carries the flow's facts. */
    Instant closeWithFacts(String number, String closingNote, String actor, Map<String, Object> facts) {
        SupportCase supportCase = supportCase(number);
        supportCase.close(closingNote, actor, now());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.CLOSED, supportCase, actor, now(), closingNote, facts);
        return supportCase.reopenDeadline(settings, organization(supportCase).timeZone());
    }

    void takeOver(String number, String group, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.takeOver(group, reason, actor, now());
        caseClocks.follow(supportCase, now());
    }

    void awaitApproval(String number, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.awaitApproval(reason, actor, now());
        caseClocks.follow(supportCase, now());
    }

    void resumeWork(String number, String reason, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.resumeWork(reason, actor, now());
        caseClocks.follow(supportCase, now());
    }

    /**
     * A master case (P1G) of the given organization, worked by {@code group}; its SLA clocks start, and the
     * caller starts its process.
     */
    SupportCase openMaster(String organization, String subject, String description, String productLine, String group,
            String actor) {
        if (productLine != null && !settings.productLines().contains(productLine)) {
            throw new InvalidRequestException("Unknown product line '" + productLine + "'; use one of "
                    + settings.productLines() + ".");
        }
        SupportCase master = cases.saveAndFlush(SupportCase.open(new SupportCase.Opening(organization, actor,
                Channel.SUPPORT, CaseType.INCIDENT, productLine, subject.strip(), description.strip(), null, Priority.P1G,
                actor, null, "Master case declared by " + actor), now()));
        master.takeOver(group, "Master case: worked by " + group + " until resolved", actor, now());
        slaClocks.caseOpened(master.number(), organization(master), master.type().name(), Priority.P1G.name(),
                master.openedAt());
        events.publish(CaseEvent.Type.OPENED, master, actor, master.openedAt(), null);
        return master;
    }

    SupportCase linkToMaster(String number, String masterNumber, String actor) {
        SupportCase supportCase = supportCase(number);
        supportCase.linkToMaster(supportCase(masterNumber), actor, now());
        return supportCase;
    }

    List<SupportCase> linkedTo(String masterNumber) {
        return cases.findByMasterCaseIdOrderById(supportCase(masterNumber).id());
    }

    List<SupportCase> masterCases() {
        return cases.findByPriorityOrderByIdDesc(Priority.P1G);
    }

    /**
     * Resolves an open linked case with the master's note, whatever step it was in: its flow continues
     * at "waiting for the customer's confirmation" and the customer is told. A case that is resolved or
     * closed already keeps its own resolution.
     */
    void resolveWithMaster(String number, String masterNumber, String note, String actor) {
        SupportCase supportCase = supportCase(number);
        if (supportCase.status().isClosed() || supportCase.status() == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED) {
            return;
        }
        supportCase.resolveWithMaster(supportCase(masterNumber), note, actor, now());
        slaClocks.publicResponse(number, now());
        caseClocks.follow(supportCase, now());
        events.publish(CaseEvent.Type.RESOLVED, supportCase, actor, now(), note);
        String group = supportCase.assignedGroup() != null ? supportCase.assignedGroup()
                : settings.escalationTiers().get(0);
        process.resolvedWithMaster(supportCase, noResponseDue(supportCase), group);
    }

    void record(String number, String text, String actor) {
        supportCase(number).record(text, actor, now());
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
