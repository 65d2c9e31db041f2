package io.casedesk.mastercase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseView;
import io.casedesk.supportcase.Priority;

/**
 * Global (P1G) master cases: declared by support managers for a problem that hits several organizations,
 * with the organizations' cases linked to them. Every update reaches the master-case contacts of each
 * affected organization, the status page and its subscribers; resolving the master resolves its cases.
 * The steps run in {@code MasterCaseProcess} (business key = the master's case number).
 */
@Service
@Transactional
public class MasterCases {

    /** The organization master cases belong to: it stands for all customers. */
    public static final String ORGANIZATION = "GLOBAL";
    /** Who declares and works master cases. */
    static final String GROUP = "support-managers";
    private static final Set<String> MANAGERS = Set.of(GROUP, "camunda-admin");

    /** A master case as a support manager declares it. */
    public record NewMasterCase(String subject, String description, String productLine, List<String> cases) {
    }

    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final Notifications notifications;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ApplicationEventPublisher events;

    MasterCases(CaseSteps caseSteps, CustomerDirectory directory, Notifications notifications,
            RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
            ApplicationEventPublisher events) {
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.events = events;
    }

    /** Declares a master case, links the given cases to it and tells every affected organization. */
    public MasterCaseView declare(NewMasterCase request, Caller caller) {
        requireManager(caller);
        if (blank(request.subject()) || blank(request.description()) || blank(request.productLine())) {
            throw new InvalidRequestException("subject, description and productLine are required: customers read them.");
        }
        CaseView master = caseSteps.openMaster(ORGANIZATION, request.subject(), request.description(),
                request.productLine(), GROUP, caller.login());
        for (String number : request.cases() == null ? List.<String>of() : request.cases()) {
            caseSteps.linkToMaster(number.strip(), master.number(), caller.login());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNumber", master.number());
        variables.put("subject", master.subject());
        variables.put("productLine", master.productLine());
        variables.put("priority", Priority.P1G.name());
        variables.put("organization", ORGANIZATION);
        runtimeService.startProcessInstanceByKey(MasterCaseProcess.PROCESS_ID, master.number(), variables);
        return view(master.number());
    }

    /** Links an organization's case to the master; the organization is told about the master case once. */
    public MasterCaseView link(String number, String masterNumber, Caller caller) {
        requireManager(caller);
        requireOpenMaster(masterNumber);
        linkAndTell(number, caseSteps.view(masterNumber), caller.login());
        return view(masterNumber);
    }

    /** Posts an update through the API: it completes the master's open "Post update" task. */
    public MasterCaseView postUpdate(String masterNumber, String message, Caller caller) {
        completeUpdateTask(masterNumber, "UPDATE", message, caller);
        return view(masterNumber);
    }

    /** Resolves the master through the API, and with it every linked case. */
    public MasterCaseView resolve(String masterNumber, String resolution, Caller caller) {
        completeUpdateTask(masterNumber, "RESOLVE", resolution, caller);
        return view(masterNumber);
    }

    @Transactional(readOnly = true)
    public MasterCaseView view(String masterNumber) {
        CaseView master = caseSteps.view(masterNumber);
        if (master.priority() != Priority.P1G) {
            throw new NotFoundException("No master case " + masterNumber + " exists.");
        }
        Set<String> organizations = new LinkedHashSet<>();
        caseSteps.linkedTo(masterNumber).forEach(c -> organizations.add(c.organization()));
        List<MasterCaseView.Update> updates = new ArrayList<>();
        for (CaseComment comment : caseSteps.publicComments(masterNumber)) {
            updates.add(new MasterCaseView.Update(comment.at(), comment.body()));
        }
        return new MasterCaseView(master.number(), master.subject(), caseSteps.description(masterNumber),
                master.productLine(), !master.status().isClosed(), master.openedAt(), master.closedAt(),
                organizations.size(), updates);
    }

    /** Open master cases first, then those resolved since {@code since}; newest first. */
    @Transactional(readOnly = true)
    public List<MasterCaseView> current(Instant since) {
        return caseSteps.masterCases().stream()
                .filter(c -> !c.status().isClosed() || c.closedAt() != null && c.closedAt().isAfter(since))
                .map(c -> view(c.number())).toList();
    }

    // --- process steps ----------------------------------------------------------------------------

    void announce(String masterNumber) {
        CaseView master = caseSteps.view(masterNumber);
        tellAll(masterNumber, MasterCasePosted.Stage.OPENED, master.subject() + "\n\n"
                + caseSteps.description(masterNumber), "master-" + masterNumber + "-opened");
    }

    /** Links the cases named in the form, then posts the update to the master case and tells everyone. */
    void publishUpdate(String masterNumber, String message, String linkCases, String actor) {
        link(masterNumber, linkCases, actor);
        requireText(message, "update");
        caseSteps.postUpdate(masterNumber, message.strip(), actor);
        int sequence = caseSteps.publicComments(masterNumber).size();
        tellAll(masterNumber, MasterCasePosted.Stage.UPDATE, message.strip(), "master-" + masterNumber + "-update-"
                + sequence);
    }

    /** Resolves every open linked case with the master's note, tells everyone, and closes the master. */
    void resolveAll(String masterNumber, String note, String linkCases, String actor) {
        link(masterNumber, linkCases, actor);
        requireText(note, "resolution");
        for (CaseView linked : caseSteps.linkedTo(masterNumber)) {
            caseSteps.resolveWithMaster(linked.number(), masterNumber, note.strip(), actor);
        }
        tellAll(masterNumber, MasterCasePosted.Stage.RESOLVED, note.strip(), "master-" + masterNumber + "-resolved");
        caseSteps.close(masterNumber, note.strip(), actor, Map.of());
    }

    /** A short list of the linked cases for the agents' form. */
    String linkedSummary(String masterNumber) {
        List<String> lines = new ArrayList<>();
        for (CaseView linked : caseSteps.linkedTo(masterNumber)) {
            lines.add("- " + linked.number() + " " + linked.organization() + ": " + linked.subject() + " ("
                    + linked.status() + ")");
        }
        return lines.isEmpty() ? "No cases linked yet." : String.join("\n", lines);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void link(String masterNumber, String linkCases, String actor) {
        if (blank(linkCases)) {
            return;
        }
        CaseView master = caseSteps.view(masterNumber);
        for (String number : linkCases.split("[,\\s]+")) {
            if (!number.isBlank()) {
                linkAndTell(number.strip(), master, actor);
            }
        }
    }

    /** Links the case; its organization is told about the master case once, however many of its cases join. */
    private void linkAndTell(String number, CaseView master, String actor) {
        CaseView linked = caseSteps.linkToMaster(number, master.number(), actor);
        tell(directory.organization(linked.organization()), master, MasterCasePosted.Stage.OPENED, master.subject(),
                "master-" + master.number() + "-opened");
    }

    /** The organizations with a linked case and those that use the master's product line. */
    private List<OrganizationInfo> affected(CaseView master) {
        Set<String> codes = new LinkedHashSet<>();
        caseSteps.linkedTo(master.number()).forEach(c -> codes.add(c.organization()));
        String productLine = master.productLine();
        if (productLine != null) {
            directory.organizationsUsing(List.of(productLine)).forEach(o -> codes.add(o.code()));
        }
        codes.remove(ORGANIZATION);
        return codes.stream().map(directory::organization).toList();
    }

    private void tellAll(String masterNumber, MasterCasePosted.Stage stage, String text, String key) {
        CaseView master = caseSteps.view(masterNumber);
        for (OrganizationInfo org : affected(master)) {
            tell(org, master, stage, text, key);
        }
        events.publishEvent(new MasterCasePosted(view(masterNumber), stage, text, key));
    }

    private void tell(OrganizationInfo org, CaseView master, MasterCasePosted.Stage stage, String text, String key) {
        Map<String, Object> model = new HashMap<>();
        model.put("stage", stage.name());
        model.put("masterNumber", master.number());
        model.put("masterTitle", master.subject());
        model.put("productLine", master.productLine());
        model.put("message", text);
        notifications.send(new Notifications.Outgoing(NotificationKind.MASTER_CASE_UPDATE, key + "-" + org.code(),
                org.code(), null, null, null, model, false));
    }

    private void completeUpdateTask(String masterNumber, String action, String text, Caller caller) {
        requireManager(caller);
        requireOpenMaster(masterNumber);
        requireText(text, "RESOLVE".equals(action) ? "resolution" : "update");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(masterNumber)
                .taskDefinitionKey(MasterCaseProcess.TASK_POST_UPDATE).singleResult();
        if (task == null) {
            throw new ConflictException("Master case " + masterNumber + " takes no update now.");
        }
        identityService.setAuthentication(caller.login(), List.copyOf(caller.groups()));
        try {
            taskService.complete(task.getId(), Map.of(MasterCaseProcess.ACTION, action, MasterCaseProcess.MESSAGE, text));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void requireOpenMaster(String masterNumber) {
        MasterCaseView master = view(masterNumber);
        if (!master.open()) {
            throw new ConflictException("Master case " + masterNumber + " is resolved.");
        }
    }

    private static void requireManager(Caller caller) {
        if (caller == null || !caller.isAgent() || caller.groups().stream().noneMatch(MANAGERS::contains)) {
            throw new NotPermittedException("Only support managers declare master cases, link cases to them and post "
                    + "their updates.");
        }
    }

    private static void requireText(String text, String what) {
        if (blank(text)) {
            throw new InvalidRequestException("Write the " + what + "; every affected organization reads it.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
