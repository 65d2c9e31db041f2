package io.casedesk.supportcase;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.common.AsSystem;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.sla.SlaBreached;
import io.casedesk.sla.SlaDueChanged;

/**
 * Keeps the case's tasks in step with its SLA clocks: the open tasks' due date is the next clock's due
 * time, and a breach while the case is being worked escalates the work task to the next support tier
 * (the BPMN escalation {@code TierEscalation}).
 */
@Component
class CaseSlaFollower {

    private static final Logger log = LoggerFactory.getLogger(CaseSlaFollower.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final SupportCaseRepository cases;
    private final CustomerDirectory directory;

    CaseSlaFollower(TaskService taskService, IdentityService identityService, SupportCaseRepository cases,
            CustomerDirectory directory) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.cases = cases;
        this.directory = directory;
    }

    private ZoneId zone(String caseNumber) {
        return CaseNumber.parse(caseNumber).flatMap(cases::findById)
                .map(c -> directory.organization(c.organization()).timeZone()).orElse(ZoneOffset.UTC);
    }

    /** After the change has committed: a due date is a view of the clocks, not part of the change. */
    @TransactionalEventListener(fallbackExecution = true)
    void dueChanged(SlaDueChanged event) {
        Date due = event.nextDue() == null ? null : Date.from(event.nextDue());
        AsSystem.call(identityService, () -> {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(event.caseNumber())
                    .processDefinitionKey(SupportCaseProcess.PROCESS_ID).list()) {
                if (!Objects.equals(task.getDueDate(), due)) {
                    task.setDueDate(due);
                    taskService.saveTask(task);
                }
            }
            return null;
        });
    }

    /** In the breach's own transaction: the breach and the escalation it causes commit together. */
    @EventListener
    void breached(SlaBreached event) {
        AsSystem.call(identityService, () -> {
            Task work = taskService.createTaskQuery().processInstanceBusinessKey(event.caseNumber())
                    .processDefinitionKey(SupportCaseProcess.PROCESS_ID).taskDefinitionKey(SupportCaseProcess.TASK_WORK)
                    .singleResult();
            if (work != null) {
                log.info("{}: {} clock breached, escalating the work to the next tier", event.caseNumber(), event.clock());
                taskService.handleEscalation(work.getId(), SupportCaseProcess.ESCALATION_TIER,
                        Map.of(SupportCaseVariables.ESCALATION_REASON, "the " + event.clock().label()
                                + " target was missed (due " + event.dueAt().atZone(zone(event.caseNumber()))
                                        .toOffsetDateTime() + ")"));
            }
            return null;
        });
    }
}
