package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customer.OrganizationInfo;

/**
 * The SLA clocks of every case: initial response (stops at the first public agent response), update
 * (restarts at each public update, replaced by an ETR while one lies ahead) and resolution. Clocks pause
 * while the case waits for the customer or is on hold and resume with the open time that was left; each
 * running clock has a timer ({@link ClockTimers}) that raises its warning and then records its breach.
 * Targets come from {@link SlaPolicy}; a case keeps the version of the targets table it was opened with.
 */
@Service
@Transactional
public class SlaClocks {

    /** Target of a resolution clock moved to a fixed time because a carrier or vendor is late. */
    static final String EXTENDED = "EXTENDED";

    /** What the case is doing, as far as its clocks are concerned. */
    public enum CaseState {
        /** Support is working on it: clocks run. */
        WORKING,
        /** Waiting for the customer, on hold or resolved pending confirmation: clocks pause. */
        PAUSED,
        /** Closed in any way: clocks stop. */
        CLOSED
    }

    private final SlaPolicy policy;
    private final BusinessCalendars calendars;
    private final SlaCaseRepository contracts;
    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;
    private final ClockTimers timers;
    private final SlaSettings settings;
    private final ApplicationEventPublisher events;
    private final SlaClockPeriodRepository periods;
    private final SlaMeters meters;

    SlaClocks(SlaPolicy policy, BusinessCalendars calendars, SlaCaseRepository contracts, SlaClockRepository clocks,
            SlaBreachRepository breaches, ClockTimers timers, SlaSettings settings, ApplicationEventPublisher events,
            SlaClockPeriodRepository periods, SlaMeters meters) {
        this.policy = policy;
        this.calendars = calendars;
        this.contracts = contracts;
        this.clocks = clocks;
        this.breaches = breaches;
        this.timers = timers;
        this.settings = settings;
        this.events = events;
        this.periods = periods;
        this.meters = meters;
    }

    /** Starts the initial response and resolution clocks of a new case, on the latest targets table. */
    public void caseOpened(String caseNumber, OrganizationInfo organization, String caseType, String priority,
            Instant openedAt) {
        SlaTargets targets = policy.targets(organization, caseType, priority, ServiceLevel.STANDARD);
        SlaCase contract = contracts.save(new SlaCase(caseNumber, organization, caseType, priority,
                ServiceLevel.STANDARD, targets));
        startFirst(contract, ClockKind.INITIAL_RESPONSE, openedAt);
        startFirst(contract, ClockKind.RESOLUTION, openedAt);
        // no task exists yet to take the new due time: each task of the case takes it when it is created
    }

    /**
     * The case's priority or type changed (triage): its clocks are due on the new row of the same version
     * of the targets table, counted from when they started.
     */
    public void retargeted(String caseNumber, OrganizationInfo organization, String caseType, String priority,
            Instant now) {
        SlaCase contract = contract(caseNumber);
        retarget(contract, organization, caseType, priority, contract.serviceLevel(), now);
    }

    /** A request was expedited (or no longer is): its clocks are due on that row of the targets table. */
    public void serviceLevelChanged(String caseNumber, OrganizationInfo organization, ServiceLevel serviceLevel,
            Instant now) {
        SlaCase contract = contract(caseNumber);
        retarget(contract, organization, contract.caseType(), contract.priority(), serviceLevel, now);
    }

    /**
     * The resolution is late for a reason outside support (a carrier or vendor): the resolution clock
     * falls due at {@code newDue} instead, counted around the clock.
     */
    public void resolutionExtended(String caseNumber, Instant newDue, Instant now) {
        clocks.findByCaseNumberAndKind(caseNumber, ClockKind.RESOLUTION).filter(SlaClock::isRunning).ifPresent(clock -> {
            Duration length = Duration.between(clock.startedAt(), newDue);
            clock.retarget(EXTENDED, new SlaClock.Schedule(newDue, warnAt(calendars.get(BusinessCalendars.ALWAYS),
                    clock.startedAt(), length, now), length));
            timers.follow(clock);
        });
        dueChanged(caseNumber);
    }

    private void retarget(SlaCase contract, OrganizationInfo organization, String caseType, String priority,
            ServiceLevel serviceLevel, Instant now) {
        String caseNumber = contract.caseNumber();
        contract.apply(caseType, priority, serviceLevel,
                policy.targets(contract.decisionId(), contract.contractOf(organization), caseType, priority, serviceLevel));
        for (SlaClock clock : clocks.findByCaseNumber(caseNumber)) {
            SlaTarget target = contract.target(clock.kind());
            if (clock.isStopped() || clock.kind() == ClockKind.UPDATE && activeEtr(contract, now)
                    || EXTENDED.equals(clock.target())) {
                continue;
            }
            if (target == null) {
                periodEnded(contract, clock, now, SlaClockPeriod.Ending.WITHDRAWN);
                clock.stop(now);
            } else if (clock.isRunning()) {
                clock.retarget(target.text(), schedule(contract, clock.kind(), clock.startedAt(), now));
            } else {
                clock.retarget(target.text(), new SlaClock.Schedule(clock.dueAt(), clock.warnAt(), length(contract,
                        clock.kind(), clock.startedAt())));
            }
            timers.follow(clock);
        }
        dueChanged(caseNumber);
    }

    /** An agent answered the customer publicly: the initial response is met and the update clock restarts. */
    public void publicResponse(String caseNumber, Instant at) {
        SlaCase contract = contract(caseNumber);
        clocks.findByCaseNumberAndKind(caseNumber, ClockKind.INITIAL_RESPONSE).filter(c -> !c.isStopped())
                .ifPresent(clock -> {
                    periodEnded(contract, clock, at, SlaClockPeriod.Ending.ANSWERED);
                    clock.stop(at);
                    timers.follow(clock);
                });
        if (!activeEtr(contract, at)) {
            start(contract, ClockKind.UPDATE, at);
        }
        dueChanged(caseNumber);
    }

    /**
     * An agent gave an estimated time of resolution: until then it replaces the scheduled updates, and
     * missing it breaches the update clock. {@code null} withdraws it.
     */
    public void etrGiven(String caseNumber, Instant etr, Instant now) {
        SlaCase contract = contract(caseNumber);
        contract.etr(etr);
        if (etr == null || !etr.isAfter(now)) {
            start(contract, ClockKind.UPDATE, now);
        } else {
            SlaClock clock = clock(contract.caseNumber(), ClockKind.UPDATE);
            periodEnded(contract, clock, now, SlaClockPeriod.Ending.ANSWERED);
            Duration length = Duration.between(now, etr);
            clock.start("ETR", now, new SlaClock.Schedule(etr, now.plus(fraction(length)), length));
            clocks.save(clock);
            timers.follow(clock);
        }
        dueChanged(caseNumber);
    }

    /** The case was reopened: support owes a new first response, and the resolution clock starts again. */
    public void reopened(String caseNumber, Instant at) {
        SlaCase contract = contract(caseNumber);
        contract.etr(null);
        start(contract, ClockKind.INITIAL_RESPONSE, at);
        start(contract, ClockKind.RESOLUTION, at);
        dueChanged(caseNumber);
    }

    /** Pauses, resumes or stops the case's clocks to match what the case is doing. */
    public void follow(String caseNumber, CaseState state, Instant now) {
        Optional<SlaCase> contract = contracts.findById(caseNumber);
        if (contract.isEmpty()) {
            return;
        }
        boolean changed = false;
        for (SlaClock clock : clocks.findByCaseNumber(caseNumber)) {
            if (clock.isStopped()) {
                continue;
            }
            if (state == CaseState.CLOSED) {
                periodEnded(contract.get(), clock, now, SlaClockPeriod.Ending.CLOSED);
                clock.stop(now);
            } else if (state == CaseState.PAUSED && clock.isRunning()) {
                clock.pause(now, calendarFor(contract.get(), clock).openTimeBetween(now, clock.dueAt()));
            } else if (state == CaseState.WORKING && clock.isPaused()) {
                clock.resume(resumed(contract.get(), clock, now),
                        organizationCalendar(contract.get()).openTimeBetween(clock.pausedAt(), now));
            } else {
                continue;
            }
            changed = true;
            timers.follow(clock);
        }
        if (changed) {
            dueChanged(caseNumber);
        }
    }

    /**
     * The clock's timer fired: raises its warning or records its breach, whichever has fallen due, unless the
     * clock stopped or moved meanwhile; the timer then waits for what comes next.
     */
    void timerFired(long clockId, Instant now) {
        SlaClock clock = clocks.findById(clockId).orElse(null);
        if (clock == null) {
            return;
        }
        if (!breach(clock, now)) {
            warn(clock, now);
        }
        timers.follow(clock);
    }

    /** The timer a case's clock of this kind waits on (warning or due time), if it runs. */
    @Transactional(readOnly = true)
    public Optional<Job> timer(String caseNumber, ClockKind kind) {
        return clocks.findByCaseNumberAndKind(caseNumber, kind).flatMap(clock -> timers.timerOf(clock.id()));
    }

    private void warn(SlaClock clock, Instant now) {
        if (!clock.isRunning() || clock.isWarned() || now.isBefore(clock.warnAt())) {
            return;
        }
        clock.warned(now);
        String priority = contract(clock.caseNumber()).priority();
        meters.warned(clock.kind(), priority);
        events.publishEvent(new SlaWarningRaised(clock.caseNumber(), clock.kind(), priority, clock.dueAt()));
    }

    private boolean breach(SlaClock clock, Instant now) {
        if (!clock.isRunning() || clock.isBreached() || now.isBefore(clock.dueAt())) {
            return false;
        }
        clock.breached(now);
        String priority = contract(clock.caseNumber()).priority();
        breaches.save(new SlaBreach(clock.caseNumber(), clock.kind(), priority, clock.dueAt(), now));
        meters.breached(clock.kind(), priority);
        events.publishEvent(new SlaBreached(clock.caseNumber(), clock.kind(), priority, clock.dueAt(), now));
        return true;
    }

    @Transactional(readOnly = true)
    public SlaStatus status(String caseNumber) {
        return status(clocks.findByCaseNumber(caseNumber),
                breaches.findByCaseNumberOrderById(caseNumber).stream().map(SlaBreach::view).toList());
    }

    /**
     * The SLA blocks of a page of cases, read in two queries whatever the page size, for lists; a case without
     * clocks gets {@link SlaStatus#NONE}.
     */
    @Transactional(readOnly = true)
    public Map<String, SlaStatus> statuses(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<SlaClock>> clocksByCase = clocks.findByCaseNumberIn(caseNumbers).stream()
                .collect(Collectors.groupingBy(SlaClock::caseNumber));
        Map<String, List<BreachView>> breachesByCase = breaches.findByCaseNumberInOrderById(caseNumbers).stream()
                .collect(Collectors.groupingBy(SlaBreach::caseNumber,
                        Collectors.mapping(SlaBreach::view, Collectors.toList())));
        Map<String, SlaStatus> statuses = new HashMap<>();
        for (String caseNumber : caseNumbers) {
            statuses.put(caseNumber, status(clocksByCase.getOrDefault(caseNumber, List.of()),
                    breachesByCase.getOrDefault(caseNumber, List.of())));
        }
        return statuses;
    }

    private static SlaStatus status(List<SlaClock> clocks, List<BreachView> breaches) {
        return new SlaStatus(due(clocks, ClockKind.INITIAL_RESPONSE), due(clocks, ClockKind.UPDATE),
                due(clocks, ClockKind.RESOLUTION), breaches);
    }

    /** The earliest due time of the case's running clocks, or {@code null}. */
    @Transactional(readOnly = true)
    public Instant nextDue(String caseNumber) {
        return clocks.findByCaseNumber(caseNumber).stream().filter(SlaClock::isRunning).map(SlaClock::dueAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private void start(SlaCase contract, ClockKind kind, Instant at) {
        SlaClock clock = clocks.findByCaseNumberAndKind(contract.caseNumber(), kind).orElse(null);
        if (clock == null) {
            startFirst(contract, kind, at);
            return;
        }
        SlaTarget target = contract.target(kind);
        periodEnded(contract, clock, at, target == null ? SlaClockPeriod.Ending.WITHDRAWN : SlaClockPeriod.Ending.ANSWERED);
        if (target == null) {
            if (!clock.isStopped()) {
                clock.stop(at);
                timers.follow(clock);
            }
            return;
        }
        clock.start(target.text(), at, schedule(contract, kind, at, at));
        timers.follow(clock);
    }

    /** Starts the case's first clock of this kind, when its targets have one. */
    private void startFirst(SlaCase contract, ClockKind kind, Instant at) {
        SlaTarget target = contract.target(kind);
        if (target != null) {
            SlaClock clock = new SlaClock(contract.caseNumber(), kind);
            clock.start(target.text(), at, schedule(contract, kind, at, at));
            clocks.save(clock);
            timers.followNew(clock);
        }
    }

    /** The case's clock of this kind, or a new one that is stored once it has been started. */
    private SlaClock clock(String caseNumber, ClockKind kind) {
        return clocks.findByCaseNumberAndKind(caseNumber, kind).orElseGet(() -> new SlaClock(caseNumber, kind));
    }

    /**
     * A period of the clock ends now (unless it already has): records what was promised, whether it was kept, and
     * the business time of the organization's calendar it took, not counting its pauses.
     */
    private void periodEnded(SlaCase contract, SlaClock clock, Instant at, SlaClockPeriod.Ending ending) {
        if (clock.isStopped() || clock.startedAt() == null) {
            return;
        }
        BusinessCalendar calendar = organizationCalendar(contract);
        Duration paused = clock.pausedBusinessTime();
        if (clock.isPaused()) {
            paused = paused.plus(calendar.openTimeBetween(clock.pausedAt(), at));
        }
        boolean met = !clock.isBreached() && (clock.isPaused() || clock.dueAt() == null || !at.isAfter(clock.dueAt()));
        meters.periodEnded(periods.save(new SlaClockPeriod(contract, clock, at, ending, met,
                calendar.openTimeBetween(clock.startedAt(), at).minus(paused))));
    }

    private BusinessCalendar organizationCalendar(SlaCase contract) {
        return calendars.get(contract.organizationCalendar());
    }

    /** Due time, warning time and length of a clock's target counted from {@code start}, as seen at {@code now}. */
    private SlaClock.Schedule schedule(SlaCase contract, ClockKind kind, Instant start, Instant now) {
        SlaTargets targets = contract.targets();
        Instant due = policy.due(kind, start, targets);
        BusinessCalendar calendar = calendarFor(contract, kind, targets.target(kind));
        Duration length = calendar.openTimeBetween(start, due);
        return new SlaClock.Schedule(due, warnAt(calendar, start, length, now), length);
    }

    private Duration length(SlaCase contract, ClockKind kind, Instant start) {
        return calendarFor(contract, kind, contract.target(kind)).openTimeBetween(start,
                policy.due(kind, start, contract.targets()));
    }

    /** Resuming a paused clock: the open time that was left, counted from now. */
    private SlaClock.Schedule resumed(SlaCase contract, SlaClock clock, Instant now) {
        BusinessCalendar calendar = calendarFor(contract, clock);
        Duration remaining = clock.remaining();
        Instant due = calendar.plusOpenTime(now, remaining);
        Duration beforeWarning = remaining.minus(clock.length().minus(fraction(clock.length())));
        Instant warnAt = beforeWarning.isNegative() ? now : calendar.plusOpenTime(now, beforeWarning);
        return new SlaClock.Schedule(due, warnAt, clock.length());
    }

    private Instant warnAt(BusinessCalendar calendar, Instant start, Duration length, Instant now) {
        Instant warnAt = calendar.plusOpenTime(start, fraction(length));
        return warnAt.isBefore(now) ? now : warnAt;
    }

    private Duration fraction(Duration length) {
        return Duration.ofSeconds(Math.round(length.getSeconds() * settings.warningAt()));
    }

    private BusinessCalendar calendarFor(SlaCase contract, SlaClock clock) {
        if ("ETR".equals(clock.target()) || EXTENDED.equals(clock.target())) {
            return calendars.get(BusinessCalendars.ALWAYS);
        }
        return calendarFor(contract, clock.kind(), SlaTarget.parse(clock.target()));
    }

    private BusinessCalendar calendarFor(SlaCase contract, ClockKind kind, SlaTarget target) {
        return calendars.get(target.kind() == SlaTarget.Kind.OPEN_TIME ? contract.targets().hoursCalendar(kind)
                : contract.targets().businessCalendar());
    }

    private static boolean activeEtr(SlaCase contract, Instant now) {
        return contract.etr() != null && contract.etr().isAfter(now);
    }

    private void dueChanged(String caseNumber) {
        events.publishEvent(new SlaDueChanged(caseNumber, nextDue(caseNumber)));
    }

    private SlaCase contract(String caseNumber) {
        return contracts.findById(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No SLA contract for " + caseNumber));
    }

    private static Instant due(List<SlaClock> all, ClockKind kind) {
        return all.stream().filter(c -> c.kind() == kind && c.isRunning()).map(SlaClock::dueAt).findFirst().orElse(null);
    }
}
