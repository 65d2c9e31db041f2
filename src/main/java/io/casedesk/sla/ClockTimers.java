package io.casedesk.sla;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps one Camunda timer job per running clock, due when the clock next needs attention: its warning, then its
 * due time ({@link SlaTimerJobHandler}). The job executor fires each timer once, on whichever node acquires it,
 * retries a failed one and raises an incident when its retries run out. A paused, stopped or breached clock has
 * no timer. Costs do not depend on the number of open cases: a timer is one job row, found by its clock's id
 * (Camunda's index on the job handler and its configuration).
 * <p>
 * A clock often changes several times in one transaction (answered, then paused), sometimes inside an engine
 * command. So the timers follow each changed clock once, just before the transaction commits, with the clock's
 * final state.
 */
@Component
class ClockTimers {

    private final ProcessEngine engine;
    private final SlaClockRepository clocks;

    ClockTimers(ProcessEngine engine, SlaClockRepository clocks) {
        this.engine = engine;
        this.clocks = clocks;
    }

    /** The clock changed: its timer follows when the transaction commits (at once without a transaction). */
    void follow(SlaClock clock) {
        follow(clock, false);
    }

    /**
     * The clock was stored for the first time in this transaction, so it has no timer yet: it gets one when the
     * transaction commits without looking for one first.
     */
    void followNew(SlaClock clock) {
        follow(clock, true);
    }

    /** The timer job a clock is waiting on, if any. */
    Optional<Job> timerOf(long clockId) {
        return execute(context -> timersOf(context.getJobManager(), clockId).stream().map(Job.class::cast).findFirst());
    }

    private void follow(SlaClock clock, boolean fresh) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sync(clock.id(), clock.nextTimer(), fresh);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Boolean> changed = (Map<Long, Boolean>) TransactionSynchronizationManager.getResource(this);
        if (changed == null) {
            Map<Long, Boolean> pending = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    pending.forEach((id, isFresh) -> clocks.findById(id)
                            .ifPresent(c -> sync(id, c.nextTimer(), isFresh)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ClockTimers.this);
                }
            });
            changed = pending;
        }
        changed.merge(clock.id(), fresh, Boolean::logicalOr);
    }

    /** Leaves the clock exactly one timer due at {@code due}, or none when {@code due} is {@code null}. */
    private void sync(long clockId, Instant due, boolean fresh) {
        execute(context -> {
            var jobs = context.getJobManager();
            List<JobEntity> timers = fresh ? List.of() : timersOf(jobs, clockId);
            for (int i = due == null ? 0 : 1; i < timers.size(); i++) {
                timers.get(i).delete();
            }
            if (due == null) {
                return null;
            }
            Date dueDate = Date.from(due);
            JobEntity existing = timers.isEmpty() ? null : timers.get(0);
            if (existing != null && existing.getRetries() == 0 && !dueDate.equals(existing.getDuedate())) {
                existing.delete(); // it failed for the clock's former due time: a new timer for the new one
                existing = null;
            }
            if (existing == null) {
                TimerEntity timer = new TimerEntity();
                timer.setJobHandlerType(SlaTimerJobHandler.TYPE);
                timer.setJobHandlerConfigurationRaw(String.valueOf(clockId));
                timer.setDuedate(dueDate);
                jobs.schedule(timer);
            } else if (!dueDate.equals(existing.getDuedate())) {
                existing.setDuedate(dueDate);
            }
            return null;
        });
    }

    /** The timer jobs of a clock, found through Camunda's index on the job handler and its configuration. */
    private static List<JobEntity> timersOf(JobManager jobs, long clockId) {
        return jobs.findJobsByConfiguration(SlaTimerJobHandler.TYPE, String.valueOf(clockId), null);
    }

    private <T> T execute(Command<T> command) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(command);
    }
}
