package io.casedesk.project;

import static io.casedesk.project.ImplementationProjectProcess.*;
import static io.casedesk.project.ProjectSteps.COURSE_ID;
import static io.casedesk.project.ProjectSteps.PROJECT_ID;
import static io.casedesk.project.TrainingCourseProcess.COURSE_ENDS_AT;
import static io.casedesk.project.TrainingCourseProcess.REMINDER_AT;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.AsSystem;
import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.supportcase.CaseSettings;

/**
 * Implementation projects (plan 002): a project per organization and product, through the five typical phases with
 * an individual plan; support works each phase, the organization's MPOCs sign it off or send it back, the customer
 * hears of each change, and the last phase hands the organization over to normal support under its SLA plan.
 * On-site training courses belong to a project: two days, up to six attendees, a reminder with the room
 * requirements two weeks before, attendance recorded.
 */
@Service
@Transactional
public class Projects {

    static final String RUNNING = "RUNNING";
    static final String HANDED_OVER = "HANDED_OVER";
    static final int MAX_ATTENDEES = 6;
    static final int COURSE_DAYS = 2;
    /** Project managers start projects; the implementation team works them. */
    static final List<String> STARTERS = List.of("support-managers", "camunda-admin");

    /** What a manager starts. */
    public record NewProject(String organization, String productLine, String title, String plan) {
    }

    private final JdbcTemplate jdbc;
    private final CustomerDirectory directory;
    private final CaseSettings caseSettings;
    private final Notifications notifications;
    private final MessageSource messages;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    Projects(JdbcTemplate jdbc, CustomerDirectory directory, CaseSettings caseSettings, Notifications notifications,
            MessageSource messages, RuntimeService runtimeService, IdentityService identityService,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.caseSettings = caseSettings;
        this.notifications = notifications;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Starts the project's process, as the Tasklist start form does; returns the project. */
    public ProjectView start(NewProject project, Caller caller) {
        if (!caller.isAgent() || caller.groups().stream().noneMatch(STARTERS::contains)) {
            throw new NotPermittedException("Support managers start implementation projects.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ORGANIZATION, project.organization());
        variables.put(PRODUCT_LINE, project.productLine());
        variables.put(TITLE, project.title());
        variables.put(PLAN, project.plan());
        variables.put(ProjectSteps.STARTED_BY, caller.login());
        var instance = AsSystem.call(identityService, () -> runtimeService.createProcessInstanceByKey(PROCESS_ID)
                .setVariables(variables).executeWithVariablesInReturn());
        long id = ((Number) instance.getVariables().get(PROJECT_ID)).longValue();
        return view(id);
    }

    /** "Open the project": the project exists, in phase 1; the MPOCs hear of it and of its plan. */
    long open(String organizationCode, String productLine, String title, String plan, String actor) {
        OrganizationInfo organization = directory.find(organizationCode == null ? "" : organizationCode)
                .orElseThrow(() -> new InvalidRequestException("Choose the customer organization of the project."));
        if (productLine == null || !caseSettings.productLines().contains(productLine)) {
            throw new InvalidRequestException("Choose the product the project implements.");
        }
        if (blank(title) || title.length() > 200 || blank(plan) || plan.length() > 4000) {
            throw new InvalidRequestException("Give the project a title (up to 200 characters) and its individual plan "
                    + "(up to 4,000).");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into implementation_project (organization_code, "
                    + "product_line, title, plan, phase, status, started_at, started_by) values (?, ?, ?, ?, 1, ?, ?, ?)",
                    new String[] { "id" });
            statement.setString(1, organization.code());
            statement.setString(2, productLine);
            statement.setString(3, title.strip());
            statement.setString(4, plan.strip());
            statement.setString(5, RUNNING);
            statement.setTimestamp(6, Timestamp.from(now()));
            statement.setString(7, actor);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        event(id, actor, 1, "STARTED", null);
        notice(id, "started", title.strip(), ProjectPhase.ANALYSIS.label(language(organization)), plan.strip());
        return id;
    }

    /** The phase's work is done: its deliverables wait for the customer's sign-off, which the MPOCs are asked for. */
    void submit(long id, String deliverables, String actor) {
        ProjectView project = view(id);
        if (blank(deliverables)) {
            throw new InvalidRequestException("Describe the deliverables of the phase for the customer's sign-off.");
        }
        event(id, actor, project.phase(), "SUBMITTED", deliverables.strip());
        notice(id, "submitted", project.title(), phaseLabel(project), deliverables.strip());
    }

    /** An MPOC of the organization signs the phase off, or sends it back with what is missing. */
    public ProjectView signOff(long id, boolean accepted, String comment, Caller caller) {
        ProjectView project = visible(id, caller);
        if (!caller.isContact() || !directory.isMpoc(project.organization(), caller.login())) {
            throw new NotPermittedException("Only a designated contact (MPOC) of " + project.organization()
                    + " signs off the phases of its projects.");
        }
        if (!project.awaitingSignOff()) {
            throw new ConflictException("Phase " + project.phase() + " of project " + id + " does not wait for a sign-off.");
        }
        if (!accepted && blank(comment)) {
            throw new InvalidRequestException("Say what the phase still lacks; support reads it.");
        }
        runtimeService.createMessageCorrelation(MESSAGE_SIGN_OFF).processInstanceBusinessKey(businessKey(id))
                .setVariable(ACCEPTED, accepted).setVariable(SIGN_OFF_COMMENT, blank(comment) ? null : comment.strip())
                .setVariable("signedOffBy", caller.login())
                .correlate();
        return view(id);
    }

    /** The customer signed the phase off; returns whether it was the last one. */
    boolean signedOff(long id, String mpoc, String comment) {
        ProjectView project = view(id);
        event(id, mpoc, project.phase(), "SIGNED_OFF", comment);
        if (project.phase() == ProjectPhase.values().length) {
            return true;
        }
        int next = project.phase() + 1;
        jdbc.update("update implementation_project set phase = ? where id = ?", next, id);
        OrganizationInfo organization = directory.organization(project.organization());
        notice(id, "advanced", project.title(), ProjectPhase.of(next).label(language(organization)), null);
        return false;
    }

    void sentBack(long id, String mpoc, String comment) {
        event(id, mpoc, view(id).phase(), "SENT_BACK", comment);
    }

    /** Operational support ends: the organization's cases follow its SLA plan from now on. */
    void handOver(long id, String actor) {
        ProjectView project = view(id);
        jdbc.update("update implementation_project set status = ?, handed_over_at = ? where id = ?", HANDED_OVER,
                Timestamp.from(now()), id);
        event(id, actor, project.phase(), "HANDED_OVER", null);
        notice(id, "handedOver", project.title(), phaseLabel(project), null);
    }

    /** A training course of the project: two days from {@code startsOn}, at the customer's place. */
    long scheduleCourse(long id, LocalDate startsOn, String place, String materialsUrl, String actor) {
        ProjectView project = view(id);
        ZoneId zone = directory.organization(project.organization()).timeZone();
        if (startsOn == null || !startsOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new InvalidRequestException("A training course starts on a future day.");
        }
        if (blank(place) || place.length() > 200) {
            throw new InvalidRequestException("Name the place of the course (the customer provides the room).");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into training_course (project_id, starts_on, place, "
                    + "materials_url) values (?, ?, ?, ?)", new String[] { "id" });
            statement.setLong(1, id);
            statement.setObject(2, startsOn);
            statement.setString(3, place.strip());
            statement.setString(4, blank(materialsUrl) ? null : materialsUrl.strip());
            return statement;
        }, key);
        long course = key.getKey().longValue();
        event(id, actor, project.phase(), "COURSE_SCHEDULED", startsOn + ", " + place.strip());
        runtimeService.startProcessInstanceByKey(TrainingCourseProcess.PROCESS_ID, businessKey(id) + "-course-" + course,
                Variables.createVariables().putValue(PROJECT_ID, id).putValue(COURSE_ID, course)
                        .putValue(TITLE, project.title())
                        .putValue(REMINDER_AT, Date.from(startsOn.minusWeeks(2).atTime(9, 0).atZone(zone)
                                .toInstant()))
                        .putValue(COURSE_ENDS_AT, Date.from(startsOn.plusDays(COURSE_DAYS).atTime(9, 0)
                                .atZone(zone).toInstant())));
        return course;
    }

    /** Two weeks before the course: the MPOCs get the room requirements and the materials. */
    void remind(long courseId) {
        ProjectView.Course course = course(courseId);
        long id = jdbc.queryForObject("select project_id from training_course where id = ?", Long.class, courseId);
        ProjectView project = view(id);
        jdbc.update("update training_course set reminded_at = ? where id = ?", Timestamp.from(now()), courseId);
        Map<String, Object> model = new HashMap<>();
        model.put("startsOn", course.startsOn().toString());
        model.put("place", course.place());
        model.put("materialsUrl", course.materialsUrl());
        send(project, "course-" + courseId + "-reminder", "course", project.title(), null, model);
    }

    /** Who attended: at most six names, one a line. */
    void recordAttendance(long courseId, String attendees, String actor) {
        List<String> names = attendees == null ? List.of() : Arrays.stream(attendees.split("\\R")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (names.size() > MAX_ATTENDEES) {
            throw new InvalidRequestException("A course takes up to " + MAX_ATTENDEES + " attendees; " + names.size()
                    + " are named.");
        }
        jdbc.update("update training_course set attendees = ?, recorded_at = ? where id = ?", String.join("\n", names),
                Timestamp.from(now()), courseId);
        long id = jdbc.queryForObject("select project_id from training_course where id = ?", Long.class, courseId);
        event(id, actor, view(id).phase(), "ATTENDANCE", names.size() + " attended: " + String.join(", ", names));
    }

    @Transactional(readOnly = true)
    public ProjectView view(long id, Caller caller) {
        return visible(id, caller);
    }

    /** The organization's projects, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectView> of(String organizationCode, Caller caller) {
        caller.requireAccessTo(organizationCode);
        return jdbc.queryForList("select id from implementation_project where organization_code = ? order by id desc",
                Long.class, organizationCode).stream().map(this::view).toList();
    }

    private ProjectView visible(long id, Caller caller) {
        ProjectView project = find(id);
        if (project == null || !caller.canSee(project.organization())) {
            throw new NotFoundException("No project " + id + " exists, or it belongs to another organization.");
        }
        return project;
    }

    String organizationName(long id) {
        return directory.organization(view(id).organization()).name();
    }

    ProjectView view(long id) {
        ProjectView project = find(id);
        if (project == null) {
            throw new NotFoundException("No project " + id + " exists.");
        }
        return project;
    }

    private ProjectView find(long id) {
        List<ProjectView.Event> events = jdbc.query("select at, actor, phase, kind, text from project_event where "
                + "project_id = ? order by id", (rs, i) -> new ProjectView.Event(rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)), id);
        List<ProjectView.Course> courses = jdbc.query("select id from training_course where project_id = ? order by id",
                (rs, i) -> rs.getLong(1), id).stream().map(this::course).toList();
        List<ProjectView> found = jdbc.query("select id, organization_code, product_line, title, plan, phase, status, "
                + "started_at, started_by, handed_over_at from implementation_project where id = ?", (rs, i) -> {
                    Timestamp handedOver = rs.getTimestamp(10);
                    OrganizationInfo organization = directory.organization(rs.getString(2));
                    return new ProjectView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), ProjectPhase.of(rs.getInt(6)).label(language(organization)),
                            rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                            handedOver == null ? null : handedOver.toInstant(), events, courses);
                }, id);
        return found.isEmpty() ? null : found.get(0);
    }

    private ProjectView.Course course(long courseId) {
        return jdbc.queryForObject("select id, starts_on, place, materials_url, reminded_at, attendees, recorded_at from "
                + "training_course where id = ?", (rs, i) -> new ProjectView.Course(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), courseId);
    }

    private void event(long id, String actor, int phase, String kind, String text) {
        jdbc.update("insert into project_event (project_id, at, actor, phase, kind, text) values (?, ?, ?, ?, ?, ?)", id,
                Timestamp.from(now()), actor, phase, kind, text);
    }

    private void notice(long id, String stage, String title, String phase, String text) {
        ProjectView project = view(id);
        send(project, "project-" + id + "-" + stage + "-" + project.phase() + "-" + project.events().size(), stage, title,
                phase, text == null ? Map.of() : Map.of("text", text));
    }

    private void send(ProjectView project, String eventKey, String stage, String title, String phase,
            Map<String, Object> extra) {
        OrganizationInfo organization = directory.organization(project.organization());
        Locale locale = organization.locale();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("stage", stage);
        model.put("projectTitle", title);
        model.put("phase", phase);
        model.put("phaseNumber", project.phase());
        model.put("slaPlan", messages.getMessage("slaPlan." + organization.slaPlan(), null, organization.slaPlan(), locale));
        model.put("projectUrl", "/portal/projects/" + project.id());
        notifications.send(new Notifications.Outgoing(NotificationKind.PROJECT_NOTICE, eventKey, organization.code(),
                null, null, null, model, false));
    }

    private String phaseLabel(ProjectView project) {
        return ProjectPhase.of(project.phase()).label(language(directory.organization(project.organization())));
    }

    static String businessKey(long id) {
        return "PRJ-" + id;
    }

    private static String language(OrganizationInfo organization) {
        return organization.locale().getLanguage();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
