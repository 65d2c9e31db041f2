package io.casedesk.workspace;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.casedesk.customer.Caller;
import io.casedesk.desk.CaseOpeningProcess;
import io.casedesk.incident.IncidentProcess;
import io.casedesk.macd.MacdRequestProcess;
import io.casedesk.maintenance.MaintenanceWindowProcess;
import io.casedesk.project.ImplementationProjectProcess;
import io.casedesk.mastercase.MasterCaseProcess;
import io.casedesk.supportcase.SupportCaseProcess;
import io.casedesk.supportcase.SupportCaseVariables;

/**
 * Makes the workspace ready at every start, idempotently: the staff and contact groups, the webapp
 * authorizations of each group, the default Tasklist filters and the administrator (password from
 * {@code CASEDESK_ADMIN_PASSWORD}).
 */
@Component
@Order(0)
class WorkspaceSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceSetup.class);

    static final String ADMIN_USER = "admin";
    static final String FILTER_MY_TASKS = "My tasks";
    static final String FILTER_GROUP_QUEUE = "My groups' queue";
    static final String FILTER_PRIORITY_1 = "Priority 1";
    static final String FILTER_ALL_TASKS = "All open tasks";

    private static final Set<StaffGroup> COCKPIT_USERS = EnumSet.of(StaffGroup.SUPPORT_MANAGERS,
            StaffGroup.PROCESS_OWNERS, StaffGroup.OPERATORS);

    /** What a task card shows of the organization: its name. */
    static final Map<String, String> ORGANIZATION_CARD_VARIABLE =
            Map.of("name", SupportCaseVariables.ORGANIZATION_NAME, "label", "Organization");
    /** What task cards of filters created before showed instead: the organization's code. */
    static final Map<String, String> CODE_CARD_VARIABLE = Map.of("name", SupportCaseVariables.ORGANIZATION, "label", "Organization");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final WorkspaceProperties properties;

    WorkspaceSetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, WorkspaceProperties properties) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createGroups();
        grantWebappAccess();
        createFilters();
        createAdministrator();
    }

    private void createGroups() {
        for (StaffGroup staff : StaffGroup.values()) {
            ensureGroup(staff.id(), staff.label(), staff == StaffGroup.ADMINISTRATORS ? Groups.GROUP_TYPE_SYSTEM
                    : Groups.GROUP_TYPE_WORKFLOW);
        }
        ensureGroup(Caller.CUSTOMER_CONTACTS_GROUP, "Customer contacts", "CUSTOMER");
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void grantWebappAccess() {
        // Camunda administrators hold every permission on every resource, as Camunda's own admin setup grants
        for (Resources resource : Resources.values()) {
            grant(StaffGroup.ADMINISTRATORS, resource, "*", ALL);
        }
        for (StaffGroup group : StaffGroup.values()) {
            if (group == StaffGroup.ADMINISTRATORS) {
                continue;
            }
            grant(group, Resources.APPLICATION, "tasklist", ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, "*", READ);
            if (StaffGroup.caseWorkers().contains(group)) {
                // Tasklist reads the case variables that the filters show on each task card (case number,
                // priority, organization, subject) from the process instance; READ on the task covers
                // only task-local variables
                grant(group, Resources.PROCESS_DEFINITION, SupportCaseProcess.PROCESS_ID, READ_INSTANCE);
                grant(group, Resources.PROCESS_DEFINITION, IncidentProcess.PROCESS_ID, READ_INSTANCE);
                grant(group, Resources.PROCESS_DEFINITION, MacdRequestProcess.PROCESS_ID, READ_INSTANCE);
                grant(group, Resources.PROCESS_DEFINITION, MasterCaseProcess.PROCESS_ID, READ_INSTANCE);
            }
            if (COCKPIT_USERS.contains(group)) {
                grant(group, Resources.APPLICATION, "cockpit", ACCESS);
                grant(group, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE);
                grant(group, Resources.PROCESS_INSTANCE, "*", READ);
                grant(group, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
                grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
                grant(group, Resources.DEPLOYMENT, "*", READ);
            }
        }
        // agents taking calls and chats open cases from Tasklist's "Start process" (form open-case)
        for (StaffGroup opener : StaffGroup.caseOpeners()) {
            grant(opener, Resources.PROCESS_DEFINITION, CaseOpeningProcess.PROCESS_ID, READ, CREATE_INSTANCE);
            grant(opener, Resources.PROCESS_INSTANCE, "*", CREATE);
        }
        grant(StaffGroup.SUPPORT_MANAGERS, Resources.TASK, "*", ALL);
        // support managers announce unscheduled maintenance from Tasklist's "Start process", as operators do
        grant(StaffGroup.SUPPORT_MANAGERS, Resources.PROCESS_DEFINITION, MaintenanceWindowProcess.PROCESS_ID, READ,
                CREATE_INSTANCE);
        grant(StaffGroup.SUPPORT_MANAGERS, Resources.PROCESS_INSTANCE, "*", CREATE);
        // ... and start implementation projects (form start-project)
        grant(StaffGroup.SUPPORT_MANAGERS, Resources.PROCESS_DEFINITION, ImplementationProjectProcess.PROCESS_ID, READ,
                CREATE_INSTANCE);
        grant(StaffGroup.PROCESS_OWNERS, Resources.DEPLOYMENT, "*", ALL);
        grant(StaffGroup.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, "*", ALL);
        grant(StaffGroup.PROCESS_OWNERS, Resources.DECISION_DEFINITION, "*", ALL);
        grant(StaffGroup.PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", ALL);
        grant(StaffGroup.OPERATORS, Resources.PROCESS_DEFINITION, "*", ALL);
        grant(StaffGroup.OPERATORS, Resources.PROCESS_INSTANCE, "*", ALL);
        grant(StaffGroup.OPERATORS, Resources.BATCH, "*", ALL);
    }

    private void grant(StaffGroup group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group.id())
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group.id());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void createFilters() {
        filter(FILTER_MY_TASKS, -10, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                StaffGroup.caseWorkers());
        filter(FILTER_GROUP_QUEUE, -5, "Unclaimed tasks of my groups, most urgent first",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
                        .orderByDueDate().asc(),
                StaffGroup.caseWorkers());
        filter(FILTER_PRIORITY_1, 0, "Every open task of a Priority 1 case",
                taskService.createTaskQuery().processVariableValueEquals("priority", "P1").orderByDueDate().asc(),
                StaffGroup.caseWorkers());
        filter(FILTER_ALL_TASKS, 10, "Every open task, most urgent first",
                taskService.createTaskQuery().orderByDueDate().asc(),
                EnumSet.of(StaffGroup.SUPPORT_MANAGERS, StaffGroup.OPERATORS));
    }

    private void filter(String name, int priority, String description, TaskQuery query, Set<StaffGroup> readers) {
        // an administrator may have copied the filter under the same name: Casedesk keeps granting the first (by id)
        List<Filter> named = filterService.createTaskFilterQuery().filterName(name).orderByFilterId().asc().list();
        if (named.size() > 1) {
            log.info("{} Tasklist filters are named '{}'; granting access to the first ({})", named.size(), name,
                    named.get(0).getId());
        }
        Filter filter = named.isEmpty() ? null : named.get(0);
        if (filter == null) {
            Map<String, Object> filterProperties = new LinkedHashMap<>();
            filterProperties.put("description", description);
            filterProperties.put("priority", priority);
            filterProperties.put("refresh", true);
            filterProperties.put("variables", List.of(
                    Map.of("name", SupportCaseVariables.CASE_NUMBER, "label", "Case"),
                    Map.of("name", SupportCaseVariables.PRIORITY, "label", "Priority"),
                    ORGANIZATION_CARD_VARIABLE,
                    Map.of("name", SupportCaseVariables.SUBJECT, "label", "Subject")));
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(filterProperties);
            filterService.saveFilter(filter);
            log.info("Created Tasklist filter '{}'", name);
        } else {
            showOrganizationNames(filter);
        }
        for (StaffGroup reader : readers) {
            grant(reader, Resources.FILTER, filter.getId(), READ);
        }
    }

    /**
     * Filters created before task cards showed the organization's name showed its code: that entry (and only
     * that, as Casedesk created it) now shows the name.
     */
    private void showOrganizationNames(Filter filter) {
        Object variables = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        if (variables instanceof List<?> entries && entries.contains(CODE_CARD_VARIABLE)) {
            List<Object> updated = entries.stream().map(entry -> CODE_CARD_VARIABLE.equals(entry)
                    ? (Object) ORGANIZATION_CARD_VARIABLE : entry).toList();
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
            properties.put("variables", updated);
            filter.setProperties(properties);
            filterService.saveFilter(filter);
            log.info("Tasklist filter '{}' shows organization names", filter.getName());
        }
    }

    private void createAdministrator() {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            if (identityService.createUserQuery().memberOfGroup(StaffGroup.ADMINISTRATORS.id()).count() == 0) {
                throw new IllegalStateException("No administrator exists: set CASEDESK_ADMIN_PASSWORD to create the user '"
                        + ADMIN_USER + "'. Casedesk does not start without one, so nobody can claim the installation.");
            }
            return;
        }
        User admin = identityService.createUserQuery().userId(ADMIN_USER).singleResult();
        if (admin == null) {
            admin = identityService.newUser(ADMIN_USER);
            admin.setFirstName("Casedesk");
            admin.setLastName("Administrator");
            admin.setPassword(password);
            identityService.saveUser(admin);
        } else if (!identityService.checkPassword(ADMIN_USER, password)) {
            admin.setPassword(password);
            identityService.saveUser(admin);
        }
        if (identityService.createUserQuery().userId(ADMIN_USER).memberOfGroup(StaffGroup.ADMINISTRATORS.id()).count() == 0) {
            identityService.createMembership(ADMIN_USER, StaffGroup.ADMINISTRATORS.id());
        }
    }
}
