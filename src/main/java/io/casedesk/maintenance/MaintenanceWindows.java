package io.casedesk.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.supportcase.CaseSettings;

/**
 * The maintenance windows: planned monthly and release windows, unscheduled ones announced by operators,
 * moves and cancellations. Each window runs a {@code MaintenanceWindowProcess} (business key {@code MW-<id>})
 * whose timers send the notices.
 */
@Service
@Transactional
public class MaintenanceWindows {

    /** Staff groups that may announce, move and cancel maintenance. */
    static final Set<String> MAINTAINERS = Set.of("operators", "support-managers", "camunda-admin");

    /** An unscheduled window as an operator announces it. */
    public record NewWindow(String title, String description, String justification, List<String> productLines,
            Instant startsAt, Instant endsAt, boolean serviceImpact) {
    }

    private final MaintenanceWindowRepository windows;
    private final MaintenanceCalendar calendar;
    private final MaintenanceProperties properties;
    private final MaintenanceNotice notice;
    private final CaseSettings caseSettings;
    private final RuntimeService runtimeService;
    private final Clock clock;

    MaintenanceWindows(MaintenanceWindowRepository windows, MaintenanceCalendar calendar,
            MaintenanceProperties properties, MaintenanceNotice notice, CaseSettings caseSettings,
            RuntimeService runtimeService, Clock clock) {
        this.windows = windows;
        this.calendar = calendar;
        this.properties = properties;
        this.notice = notice;
        this.caseSettings = caseSettings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Creates the monthly and release windows that start within the planning horizon; returns the new ones. */
    public List<MaintenanceView> plan() {
        Instant now = now();
        Instant until = now.plus(properties.horizon());
        List<MaintenanceView> planned = new ArrayList<>();
        YearMonth month = YearMonth.from(now.atZone(properties.zone()));
        for (YearMonth m = month; !m.atDay(1).atStartOfDay(properties.zone()).toInstant().isAfter(until); m = m.plusMonths(1)) {
            MaintenanceCalendar.Slot slot = calendar.monthly(m);
            MaintenanceProperties.Monthly monthly = properties.monthly();
            if (slot.start().isAfter(now) && slot.start().isBefore(until) && !windows.existsBySlotKey(slot.key())) {
                planned.add(open(new MaintenanceWindow(MaintenanceKind.MONTHLY, slot.key(), monthly.title(),
                        monthly.description(), monthly.justification(), monthly.productLines(), true, slot.start(),
                        slot.end(), monthly.reminderBefore(), "system", now)));
            }
        }
        MaintenanceProperties.Release release = properties.release();
        for (MaintenanceCalendar.Slot slot : calendar.releases(now, until)) {
            if (!windows.existsBySlotKey(slot.key())) {
                planned.add(open(new MaintenanceWindow(MaintenanceKind.RELEASE, slot.key(), release.title(),
                        release.description(), release.justification(), release.productLines(), false, slot.start(),
                        slot.end(), release.noticeBefore(), "system", now)));
            }
        }
        return planned;
    }

    /**
     * An operator announces unscheduled maintenance: the affected organizations are told at once. Work
     * inside the provider's business hours gets a warning (kept on the window for staff).
     */
    public MaintenanceView announce(NewWindow request, Caller caller) {
        requireMaintainer(caller);
        return open(unscheduled(request, caller.login()));
    }

    /** The window of a process started from the Tasklist start form; the process is already running. */
    MaintenanceWindow registerFromForm(NewWindow request, String operator) {
        return windows.save(unscheduled(request, operator));
    }

    public MaintenanceView reschedule(long id, Instant startsAt, Instant endsAt, String reason, Caller caller) {
        requireMaintainer(caller);
        MaintenanceWindow window = window(id);
        window.reschedule(startsAt, endsAt, reason, now());
        if (window.kind() == MaintenanceKind.UNSCHEDULED) {
            warnIfBusinessHours(window);
        }
        correlate(window, MaintenanceWindowProcess.MESSAGE_RESCHEDULED);
        return window.view();
    }

    public MaintenanceView cancel(long id, String reason, Caller caller) {
        requireMaintainer(caller);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Say why the maintenance is cancelled; the customers read it.");
        }
        MaintenanceWindow window = window(id);
        window.cancel(reason.strip());
        correlate(window, MaintenanceWindowProcess.MESSAGE_CANCELLED);
        return window.view();
    }

    /** Windows that have not ended yet, soonest first; staff also see the warnings. */
    @Transactional(readOnly = true)
    public List<MaintenanceView> upcoming(Caller caller) {
        return windows.findByEndsAtAfterOrderByStartsAt(now()).stream()
                .filter(w -> w.status() != MaintenanceStatus.CANCELLED).map(MaintenanceWindow::view)
                .map(view -> caller != null && caller.isAgent() ? view : view.forPublic()).toList();
    }

    /** Windows that ended or were cancelled since {@code since}, latest first, for the status page history. */
    @Transactional(readOnly = true)
    public List<MaintenanceView> recent(Instant since) {
        Instant now = now();
        return windows.findByEndsAtAfterOrderByStartsAt(since).stream()
                .filter(w -> w.status() == MaintenanceStatus.CANCELLED || !w.endsAt().isAfter(now))
                .map(MaintenanceWindow::view).map(MaintenanceView::forPublic)
                .sorted((a, b) -> b.startsAt().compareTo(a.startsAt())).toList();
    }

    @Transactional(readOnly = true)
    public MaintenanceView view(long id) {
        return window(id).view();
    }

    // --- process steps ----------------------------------------------------------------------------

    void announced(long id) {
        notice.send(window(id), MaintenanceNotice.Stage.ANNOUNCED);
    }

    void started(long id) {
        MaintenanceWindow window = window(id);
        window.started();
        if (window.kind() != MaintenanceKind.RELEASE) {
            notice.send(window, MaintenanceNotice.Stage.STARTED);
        }
    }

    void completed(long id) {
        MaintenanceWindow window = window(id);
        window.completed();
        if (window.kind() != MaintenanceKind.RELEASE) {
            notice.send(window, MaintenanceNotice.Stage.COMPLETED);
        }
    }

    void rescheduled(long id) {
        notice.send(window(id), MaintenanceNotice.Stage.RESCHEDULED);
    }

    void cancelled(long id) {
        notice.send(window(id), MaintenanceNotice.Stage.CANCELLED);
    }

    MaintenanceWindow window(long id) {
        return windows.findById(id).orElseThrow(() -> new NotFoundException("No maintenance window " + id + " exists."));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private MaintenanceWindow unscheduled(NewWindow request, String operator) {
        if (blank(request.title()) || blank(request.description()) || blank(request.justification())) {
            throw new InvalidRequestException("title, description and justification are required: customers read them.");
        }
        Set<String> lines = new LinkedHashSet<>(request.productLines() == null ? List.of() : request.productLines());
        for (String line : lines) {
            if (!caseSettings.productLines().contains(line)) {
                throw new InvalidRequestException("Unknown product line '" + line + "'; use one of "
                        + caseSettings.productLines() + ".");
            }
        }
        if (request.endsAt() != null && !request.endsAt().isAfter(now())) {
            throw new InvalidRequestException("The window must end in the future.");
        }
        MaintenanceWindow window = new MaintenanceWindow(MaintenanceKind.UNSCHEDULED, null, request.title().strip(),
                request.description().strip(), request.justification().strip(), List.copyOf(lines),
                request.serviceImpact(), request.startsAt(), request.endsAt(), null, operator, now());
        warnIfBusinessHours(window);
        return window;
    }

    private void warnIfBusinessHours(MaintenanceWindow window) {
        MaintenanceProperties.Hours hours = properties.businessHours();
        window.warn(calendar.touchesBusinessHours(window.startsAt(), window.endsAt())
                ? "Inside business hours (" + hours.from() + "–" + hours.to() + " " + properties.zone().getId()
                        + "): customers are likely to notice."
                : null);
    }

    private MaintenanceView open(MaintenanceWindow window) {
        MaintenanceWindow saved = windows.saveAndFlush(window);
        runtimeService.startProcessInstanceByKey(MaintenanceWindowProcess.PROCESS_ID, MaintenanceWindowProcess.businessKey(
                saved.id()), Map.of(MaintenanceWindowProcess.WINDOW_ID, saved.id()));
        return saved.view();
    }

    private void correlate(MaintenanceWindow window, String message) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(MaintenanceWindowProcess.businessKey(window.id())).correlate();
    }

    private static void requireMaintainer(Caller caller) {
        if (caller == null || !caller.isAgent() || caller.groups().stream().noneMatch(MAINTAINERS::contains)) {
            throw new NotPermittedException("Maintenance is announced, moved and cancelled by operators and support "
                    + "managers.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
