package io.casedesk.supportcase;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import io.casedesk.common.AsSystem;

/**
 * The agents working a case, as Camunda knows them: the assignee of its open task, or else the members
 * of the task's candidate groups (or of the case's assigned group when no task is open).
 */
@Component
public class CaseTeam {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final SupportCaseRepository cases;

    CaseTeam(TaskService taskService, IdentityService identityService, SupportCaseRepository cases) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.cases = cases;
    }

    /** The email addresses of the case's team; empty when nobody with an address works it. */
    public Set<String> addresses(String caseNumber) {
        return AsSystem.call(identityService, () -> {
            Set<String> users = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey(SupportCaseProcess.PROCESS_ID).list()) {
                if (task.getAssignee() != null) {
                    users.add(task.getAssignee());
                    continue;
                }
                taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .forEach(link -> add(link, users, groups));
            }
            if (users.isEmpty() && groups.isEmpty()) {
                CaseNumber.parse(caseNumber).flatMap(cases::findById).map(SupportCase::assignedGroup)
                        .ifPresent(groups::add);
            }
            Set<String> addresses = new LinkedHashSet<>();
            for (String user : users) {
                User found = identityService.createUserQuery().userId(user).singleResult();
                if (found != null && found.getEmail() != null) {
                    addresses.add(found.getEmail());
                }
            }
            for (String group : groups) {
                identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getEmail)
                        .filter(email -> email != null && !email.isBlank()).forEach(addresses::add);
            }
            return addresses;
        });
    }

    private static void add(IdentityLink link, Set<String> users, Set<String> groups) {
        if (link.getUserId() != null) {
            users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
        }
    }
}
