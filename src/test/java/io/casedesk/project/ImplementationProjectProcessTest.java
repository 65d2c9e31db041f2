package io.casedesk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
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

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ProcessTest;

/**
 * Every path of {@code ImplementationProjectProcess} and {@code TrainingCourseProcess} on hard dates: five phases
 * each signed off by an MPOC, a phase sent back and worked again, the hand-over to support, and a training course
 * with its reminder two weeks before and its attendance (at most six).
 */
@ProcessTest
class ImplementationProjectProcessTest {

    static final Caller MANAGER = Caller.agent("manager", Set.of("support-managers"));
    static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    static final Caller BOB = Caller.contact("bob.chen@acme.example", "ACME");
    static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Projects projects;
    @Autowired
    Notifications notifications;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at("2027-02-01T09:00:00-07:00"); // a Monday in Denver
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void fivePhasesSignedOffOneSentBackAndTheHandOverToSupport() {
        ProjectView project = projects.start(new Projects.NewProject("ACME", "MICROSOFT_TEAMS", "Teams Phone rollout",
                "Three sites, 120 users, direct routing through our SBCs."), MANAGER);
        ProcessInstance instance = instance(project.id());
        assertThat(instance).hasBusinessKey("PRJ-" + project.id()).isWaitingAt(ImplementationProjectProcess.TASK_WORK_ON_PHASE);
        assertThat(project.phase()).isEqualTo(1);
        assertThat(project.startedBy()).isEqualTo("manager");
        assertThat(project.events().get(0).actor()).isEqualTo("manager");
        assertThat(mails(project.id(), "started")).extracting(NotificationView::recipient)
                .containsExactlyInAnyOrder("alice.morgan@acme.example", "noc@acme.example");
        assertThatThrownBy(() -> projects.start(new Projects.NewProject("ACME", "MICROSOFT_TEAMS", "x", "y"), ALICE))
                .isInstanceOf(NotPermittedException.class);

        work(project.id(), "Requirements workshop held; constraints documented.");
        assertThat(projects.view(project.id(), ALICE).awaitingSignOff()).isTrue();
        assertThat(mails(project.id(), "submitted")).hasSize(2);
        assertThatThrownBy(() -> projects.signOff(project.id(), true, null, BOB)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> projects.signOff(project.id(), true, null, MARIA)).hasMessageContaining("another organization");
        assertThatThrownBy(() -> projects.signOff(project.id(), false, " ", ALICE)).isInstanceOf(InvalidRequestException.class);

        projects.signOff(project.id(), false, "The Denver site is missing from the analysis.", ALICE);
        assertThat(instance).isWaitingAt(ImplementationProjectProcess.TASK_WORK_ON_PHASE);
        assertThat(projects.view(project.id(), ALICE).phase()).as("the same phase again").isEqualTo(1);
        work(project.id(), "Denver added to the analysis.");

        for (int phase = 1; phase <= 5; phase++) {
            projects.signOff(project.id(), true, null, ALICE);
            if (phase < 5) {
                assertThat(projects.view(project.id(), ALICE).phase()).isEqualTo(phase + 1);
                work(project.id(), "Deliverables of phase " + (phase + 1));
            }
        }

        ProjectView done = projects.view(project.id(), ALICE);
        assertThat(done.status()).isEqualTo(Projects.HANDED_OVER);
        assertThat(done.handedOverAt()).isEqualTo(Instant.parse("2027-02-01T16:00:00Z"));
        assertThat(done.events()).extracting(ProjectView.Event::kind).containsSubsequence("STARTED", "SUBMITTED",
                "SENT_BACK", "SUBMITTED", "SIGNED_OFF", "SIGNED_OFF", "SIGNED_OFF", "SIGNED_OFF", "SIGNED_OFF", "HANDED_OVER");
        assertThat(instance).isEnded().hasPassed("Task_HandOver");
        assertThat(mails(project.id(), "handedOver")).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.text()).contains("Priority matrix"));
    }

    @Test
    void aTrainingCourseRemindsTwoWeeksBeforeAndRecordsUpToSixAttendees() {
        ProjectView project = projects.start(new Projects.NewProject("ANDES", "CLOUD_PBX", "Central telefónica en la nube",
                "Dos sedes, 40 usuarios."), MANAGER);
        complete(project.id(), Map.of("deliverables", "Análisis hecho", "courseStartsOn", "2027-03-15",
                "coursePlace", "Oficina de Quito", "courseMaterials", "https://training.casedesk.example/pbx"));
        ProjectView.Course course = projects.view(project.id(), MARIA).courses().get(0);
        ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TrainingCourseProcess.PROCESS_ID)
                .processInstanceBusinessKey("PRJ-" + project.id() + "-course-" + course.id()).singleResult();
        assertThat(training).isWaitingAt("TimerEvent_TwoWeeksBefore");
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(training.getId()).singleResult();
        // two weeks before Monday 15 March, at 09:00 in Quito (UTC-5)
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-01T14:00:00Z")));

        at("2027-03-01T09:00:00-05:00");
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(notifications.forEvents("course-" + course.id() + "-reminder")).extracting(NotificationView::recipient)
                .containsExactlyInAnyOrder("maria.paredes@andes.example", "soporte@andes.example");
        assertThat(notifications.forEvents("course-" + course.id() + "-reminder").get(0).text())
                .contains("Oficina de Quito", "dos días", "seis asistentes", "proyector");
        assertThat(training).isWaitingAt("TimerEvent_CourseOver");

        at("2027-03-17T10:00:00-05:00");
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(training.getId()).singleResult().getId());
        assertThat(training).isWaitingAt(TrainingCourseProcess.TASK_RECORD_ATTENDANCE);
        String courseKey = "PRJ-" + project.id() + "-course-" + course.id();
        assertThatThrownBy(() -> new AgentActions(engine).complete(courseKey, "projects", "implementation",
                Map.of("attendees", "Ana\nBeto\nCarla\nDiego\nElena\nFabio\nGina")))
                .hasMessageContaining("up to 6 attendees");
        new AgentActions(engine).complete(courseKey, "projects", "implementation", Map.of("attendees", "Ana\nBeto\nCarla"));
        assertThat(training).isEnded();
        assertThat(projects.view(project.id(), MARIA).courses().get(0).attendees()).isEqualTo("Ana\nBeto\nCarla");
    }

    @Test
    void aProjectNeedsAKnownOrganizationAProductAndAPlan() {
        assertThatThrownBy(() -> projects.start(new Projects.NewProject("NOPE", "CLOUD_PBX", "x", "y"), MANAGER))
                .hasMessageContaining("organization");
        assertThatThrownBy(() -> projects.start(new Projects.NewProject("ACME", "FAX", "x", "y"), MANAGER))
                .hasMessageContaining("product");
    }

    private void work(long id, String deliverables) {
        complete(id, Map.of("deliverables", deliverables));
    }

    private void complete(long id, Map<String, Object> form) {
        new AgentActions(engine).complete("PRJ-" + id, "projects", "implementation", form);
    }

    private List<NotificationView> mails(long id, String stage) {
        return notifications.forEvents("project-" + id + "-" + stage + "-");
    }

    private ProcessInstance instance(long id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("PRJ-" + id)
                .processDefinitionKey(ImplementationProjectProcess.PROCESS_ID).singleResult();
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
    }
}
