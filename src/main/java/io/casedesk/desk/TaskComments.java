package io.casedesk.desk;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Comment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.casedesk.customer.Caller;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.SupportCaseVariables;

/**
 * Comments written in Tasklist's comment box belong to the case: when the task ends (completed, or
 * ended by the flow), each becomes an internal note of the task's case, in the order written, with its author.
 */
@Component
class TaskComments {

    private static final Logger log = LoggerFactory.getLogger(TaskComments.class);

    private final CaseManagement cases;
    private final TaskService taskService;

    TaskComments(CaseManagement cases, TaskService taskService) {
        this.cases = cases;
        this.taskService = taskService;
    }

    void copyToCase(DelegateTask task) {
        Object number = task.getVariable(SupportCaseVariables.CASE_NUMBER);
        if (number == null) {
            return;
        }
        var comments = taskService.getTaskComments(task.getId());
        comments.stream().sorted(java.util.Comparator.comparing(Comment::getTime)).forEach(comment -> {
            String author = comment.getUserId() == null ? "system" : comment.getUserId();
            Set<String> groups = new HashSet<>(Set.of("staff"));
            cases.comment(number.toString(), comment.getFullMessage() + "\n(Tasklist comment on \"" + task.getName() + "\")",
                    false, Caller.agent(author, groups));
        });
        if (!comments.isEmpty()) {
            log.debug("{}: {} Tasklist comment(s) of task {} kept as internal notes", number, comments.size(), task.getId());
        }
    }
}
