package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.casedesk.sla.SlaClocks;

/** Gives each new task of a case the due time of the case's next SLA clock, so Tasklist sorts by it. */
@Component
class SlaDueDateListener implements TaskListener {

    private final SlaClocks slaClocks;

    SlaDueDateListener(SlaClocks slaClocks) {
        this.slaClocks = slaClocks;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant due = slaClocks.nextDue(task.getExecution().getProcessBusinessKey());
        task.setDueDate(due == null ? null : Date.from(due));
    }
}
