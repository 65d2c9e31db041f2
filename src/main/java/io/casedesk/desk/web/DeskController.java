package io.casedesk.desk.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.casedesk.common.DateTimeInput;
import io.casedesk.common.Labels;
import io.casedesk.common.Labels.Kind;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.desk.CaseFiles;
import io.casedesk.desk.Viewer;
import io.casedesk.desk.Viewers;
import io.casedesk.escalation.Escalations;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.SlaClocks;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseSettings;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;

/** The staff desk: case search over open and closed cases, and the case page. */
@Controller
class DeskController {

    static final int PAGE_SIZE = 25;
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final CaseManagement cases;
    private final CaseFiles caseFiles;
    private final Callers callers;
    private final Viewers viewers;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final Notifications notifications;
    private final Escalations escalations;
    private final TaskService taskService;
    private final CaseSettings caseSettings;
    private final Labels labels;

    DeskController(CaseManagement cases, CaseFiles caseFiles, Callers callers, Viewers viewers, CustomerDirectory directory,
            SlaClocks slaClocks, Notifications notifications, Escalations escalations, TaskService taskService,
            CaseSettings caseSettings, Labels labels) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.callers = callers;
        this.viewers = viewers;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.notifications = notifications;
        this.escalations = escalations;
        this.taskService = taskService;
        this.caseSettings = caseSettings;
        this.labels = labels;
    }

    /** A case of the search's results, as the list shows it. */
    record Row(String number, String organization, String subject, String status, String priority, String productLine,
            String opened) {
    }

    @GetMapping({"/desk", "/desk/"})
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String organization,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String productLine, @RequestParam(required = false) String openedFrom,
            @RequestParam(required = false) String openedBefore, @RequestParam(defaultValue = "0") int page,
            Authentication authentication, Model model) {
        Caller staff = callers.current();
        Viewer viewer = viewers.of(authentication.getName());
        String code = blank(organization) ? null : organization.trim();
        var zone = code == null ? ZoneOffset.UTC : directory.organization(code).timeZone();
        var filter = new CaseFilter(code, status, priority, blank(productLine) ? null : productLine, q,
                DateTimeInput.parseDay(openedFrom, zone, "opened from"), DateTimeInput.parseDay(openedBefore, zone, "opened before"));
        Page<SupportCase> found = cases.list(filter, staff, Math.max(page, 0), PAGE_SIZE);
        Labels.Book book = labels.in(viewer.locale());
        Map<String, ZoneId> zones = new HashMap<>();
        List<Row> rows = found.getContent().stream().map(c -> new Row(c.number(), c.organization(), c.subject(),
                book.status(c.status()), book.priority(c.priority()), book.productLine(c.productLine()),
                viewer.time(c.openedAt(), zones.computeIfAbsent(c.organization(),
                        organizationCode -> directory.organization(organizationCode).timeZone())))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("found", found);
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("statuses", labels.options(Kind.STATUS, List.of(CaseStatus.values()), viewer.locale()));
        model.addAttribute("priorities", labels.options(Kind.PRIORITY, List.of(Priority.values()), viewer.locale()));
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), viewer.locale()));
        model.addAttribute("viewer", viewer);
        return "desk/search";
    }

    @GetMapping("/desk/cases/{number}")
    String casePage(@PathVariable String number, Authentication authentication, Model model) {
        Caller staff = callers.current();
        Viewer viewer = viewers.of(authentication.getName());
        var file = caseFiles.of(number, viewer, Integer.MAX_VALUE);
        var zone = directory.organization(file.organization()).timeZone();
        model.addAttribute("file", file);
        model.addAttribute("attachments", cases.attachments(file.number(), staff));
        model.addAttribute("notifications", notifications.forCase(file.number(), staff));
        model.addAttribute("breaches", slaClocks.status(file.number()).breaches());
        model.addAttribute("escalationLevel", escalations.level(file.number()));
        model.addAttribute("tasks", taskService.createTaskQuery().processInstanceBusinessKey(file.number()).active()
                .orderByTaskCreateTime().asc().list());
        model.addAttribute("tasklistTask", TASKLIST_TASK);
        model.addAttribute("zone", zone);
        model.addAttribute("viewer", viewer);
        model.addAttribute("labels", labels.in(viewer.locale()));
        return "desk/case";
    }

    @GetMapping("/desk/login")
    String login() {
        return "desk/login";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
