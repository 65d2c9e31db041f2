package io.casedesk.maintenance;

import static io.casedesk.support.EngineTime.at;
import static io.casedesk.support.EngineTime.date;
import static io.casedesk.support.EngineTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.ConflictException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.ProcessTest;

/**
 * Walks {@code MaintenanceWindowProcess}: a monthly window's reminder, start and completion notices to the
 * maintenance contacts of the organizations using an affected product (each in its language and zone),
 * the release cadence, unscheduled maintenance, rescheduling and cancelling. Timers fire with {@code execute(job())}.
 */
@ProcessTest
class MaintenanceWindowProcessTest {

    static final Caller OPERATOR = Caller.agent("operator", Set.of("operators"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    MaintenanceWindows windows;
    @Autowired
    Notifications notifications;
    @Autowired
    MaintenanceWindowRepository repository;

    private final Map<Long, ProcessInstance> instances = new HashMap<>();

    /** Every test plans its own windows: those of earlier tests (and of start-up planning) are removed. */
    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MaintenanceWindowProcess.PROCESS_ID)
                .list().forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test isolation"));
        repository.deleteAll();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void monthlyWindowRemindsAWeekAheadAndTellsWhenItStartsAndCompletes() {
        at("2026-03-01T12:00:00-07:00");
        MaintenanceView march = planned("MONTHLY", "2026-03-20T22:00:00-06:00");
        ProcessInstance process = process(march);

        assertThat(process).isWaitingAt("TimerEvent_AdvanceNoticeDue");
        Job reminder = job("TimerEvent_AdvanceNoticeDue", process);
        assertThat(reminder.getDuedate()).as("one week ahead").isEqualTo(date("2026-03-13T22:00:00-06:00"));

        at("2026-03-13T22:00:00-06:00");
        execute(reminder);
        List<NotificationView> announced = notices(march);
        assertThat(announced).extracting(NotificationView::recipient)
                .as("maintenance contacts of the organizations that use an affected product")
                .containsExactlyInAnyOrder("noc@acme.example", "soporte@andes.example", "ti@tico.example");
        assertThat(to(announced, "noc@acme.example").subject()).isEqualTo("Upcoming maintenance: Monthly scheduled maintenance");
        assertThat(to(announced, "noc@acme.example").text()).contains("Mar 20, 2026, 10:00 PM (America/Denver)")
                .contains("System patching").contains("Proactive routine maintenance");
        assertThat(to(announced, "soporte@andes.example").subject()).startsWith("Próximo mantenimiento");
        assertThat(to(announced, "soporte@andes.example").text()).as("Guayaquil is an hour ahead of Denver in March")
                .contains("20 mar. 2026 23:00 (America/Guayaquil)");

        at("2026-03-20T22:00:00-06:00");
        execute(job("TimerEvent_WindowStarts", process));
        assertThat(windows.view(march.id()).status()).isEqualTo(MaintenanceStatus.IN_PROGRESS);
        at("2026-03-21T04:00:00-06:00");
        execute(job("TimerEvent_WindowEnds", process));

        assertThat(process).isEnded().hasPassed("EndEvent_WindowCompleted");
        assertThat(windows.view(march.id()).status()).isEqualTo(MaintenanceStatus.COMPLETED);
        assertThat(notices(march)).filteredOn(n -> n.recipient().equals("noc@acme.example")).extracting(NotificationView::subject)
                .containsExactly("Upcoming maintenance: Monthly scheduled maintenance",
                        "Maintenance started: Monthly scheduled maintenance",
                        "Maintenance completed: Monthly scheduled maintenance");
    }

    @Test
    void releasesAreAnnounced24HoursAheadWithoutStartAndEndNotices() {
        at("2026-03-01T12:00:00-07:00");
        MaintenanceView release = planned("RELEASE", "2026-03-10T21:00:00-06:00");
        assertThat(windows.plan()).as("planning again creates nothing twice").isEmpty();
        ProcessInstance process = process(release);

        assertThat(job("TimerEvent_AdvanceNoticeDue", process).getDuedate()).isEqualTo(date("2026-03-09T21:00:00-06:00"));
        execute(job("TimerEvent_AdvanceNoticeDue", process));
        assertThat(notices(release)).extracting(NotificationView::recipient).as("Connect portal users")
                .containsExactlyInAnyOrder("noc@acme.example", "ti@tico.example");
        assertThat(to(notices(release), "noc@acme.example").text()).contains("Services are not affected.");

        execute(job("TimerEvent_WindowStarts", process));
        execute(job("TimerEvent_WindowEnds", process));

        assertThat(process).isEnded();
        assertThat(windows.view(release.id()).status()).isEqualTo(MaintenanceStatus.COMPLETED);
        assertThat(notices(release)).hasSize(2);
    }

    @Test
    void unscheduledMaintenanceIsAnnouncedAtOnceAndFlaggedInBusinessHours() {
        at("2026-03-11T10:00:00-06:00");
        MaintenanceView daytime = windows.announce(unscheduled("2026-03-11T14:00:00-06:00", "2026-03-11T15:00:00-06:00"),
                OPERATOR);
        MaintenanceView night = windows.announce(unscheduled("2026-03-12T01:00:00-06:00", "2026-03-12T02:00:00-06:00"),
                OPERATOR);

        assertThat(daytime.warning()).contains("Inside business hours (05:00–23:00 America/Denver)");
        assertThat(night.warning()).isNull();
        assertThat(process(daytime)).hasPassed("Task_SendAdvanceNotice").isWaitingAt("TimerEvent_WindowStarts");
        assertThat(notices(daytime)).extracting(NotificationView::recipient)
                .containsExactlyInAnyOrder("noc@acme.example", "soporte@andes.example");
        assertThat(to(notices(daytime), "noc@acme.example").text()).contains("Emergency SBC patch")
                .contains("Services may be briefly interrupted");
        assertThatThrownBy(() -> windows.announce(unscheduled("2026-03-12T01:00:00-06:00", "2026-03-12T02:00:00-06:00"),
                Caller.agent("l2", Set.of("support-l2")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> windows.announce(unscheduled("2026-03-12T01:00:00-06:00", "2026-03-12T02:00:00-06:00"),
                Caller.contact("alice.morgan@acme.example", "ACME"))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reschedulingMovesTheTimersAndSendsOneChangeNotice() {
        at("2026-03-01T12:00:00-07:00");
        MaintenanceView march = planned("MONTHLY", "2026-03-20T22:00:00-06:00");
        ProcessInstance process = process(march);
        at("2026-03-13T22:00:00-06:00");
        execute(job("TimerEvent_AdvanceNoticeDue", process));

        windows.reschedule(march.id(), instant("2026-03-27T22:00:00-06:00"), instant("2026-03-28T04:00:00-06:00"),
                "A carrier asked for a later date", OPERATOR);

        assertThat(process).isWaitingAt("TimerEvent_AdvanceNoticeDue");
        assertThat(job("TimerEvent_AdvanceNoticeDue", process).getDuedate()).isEqualTo(date("2026-03-20T22:00:00-06:00"));
        List<NotificationView> moved = notices(march).stream().filter(n -> n.subject().startsWith("Maintenance moved")
                || n.subject().startsWith("Mantenimiento reprogramado")).toList();
        assertThat(moved).hasSize(3);
        assertThat(to(moved, "noc@acme.example").text()).contains("Mar 27, 2026, 10:00 PM")
                .contains("A carrier asked for a later date");

        at("2026-03-20T22:00:00-06:00");
        execute(job("TimerEvent_AdvanceNoticeDue", process));
        assertThat(job("TimerEvent_WindowStarts", process).getDuedate()).isEqualTo(date("2026-03-27T22:00:00-06:00"));
        assertThat(notices(march)).as("the reminder went out once")
                .filteredOn(n -> n.subject().startsWith("Upcoming") || n.subject().startsWith("Próximo")).hasSize(3);
    }

    @Test
    void cancellingTellsTheCustomersAndEndsTheWindow() {
        at("2026-03-01T12:00:00-07:00");
        MaintenanceView march = planned("MONTHLY", "2026-03-20T22:00:00-06:00");
        ProcessInstance process = process(march);

        windows.cancel(march.id(), "The vendor patch was withdrawn", OPERATOR);

        assertThat(process).isEnded().hasPassed("EndEvent_WindowCancelled");
        assertThat(windows.view(march.id()).status()).isEqualTo(MaintenanceStatus.CANCELLED);
        assertThat(to(notices(march), "noc@acme.example").text()).contains("The vendor patch was withdrawn");
        assertThat(windows.upcoming(OPERATOR)).extracting(MaintenanceView::id).doesNotContain(march.id());
        assertThatThrownBy(() -> windows.cancel(march.id(), "again", OPERATOR)).isInstanceOf(ConflictException.class);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** The window that planning creates starting at {@code start}. */
    private MaintenanceView planned(String kind, String start) {
        windows.plan();
        return windows.upcoming(OPERATOR).stream()
                .filter(w -> w.kind().name().equals(kind) && w.startsAt().equals(instant(start))
                        && w.status() == MaintenanceStatus.SCHEDULED)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " window at " + start));
    }

    private MaintenanceWindows.NewWindow unscheduled(String start, String end) {
        return new MaintenanceWindows.NewWindow("Emergency SBC patch", "Patch the session border controllers",
                "A security fix that cannot wait for the monthly window", List.of("SIP_TRUNKING"),
                instant(start), instant(end), true);
    }

    private ProcessInstance process(MaintenanceView window) {
        return instances.computeIfAbsent(window.id(), id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("MW-" + id).singleResult());
    }

    private List<NotificationView> notices(MaintenanceView window) {
        return notifications.forEvents("maintenance-" + window.id() + "-").stream()
                .filter(n -> n.kind() == NotificationKind.MAINTENANCE_NOTICE).toList();
    }

    private static NotificationView to(List<NotificationView> notices, String recipient) {
        return notices.stream().filter(n -> n.recipient().equals(recipient)).findFirst().orElseThrow();
    }
}
