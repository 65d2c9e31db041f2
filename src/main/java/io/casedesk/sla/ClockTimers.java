package io.casedesk.sla;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.casedesk.common.AsSystem;

/**
 * Keeps one {@code SlaClockProcess} instance per running or paused clock in step with the clock: its
 * warning and breach timers are real Camunda timer jobs (visible in Cockpit) due when the clock says.
 * <p>
 * A clock often changes several times in one transaction (answered, then paused), sometimes inside an
 * engine command whose new instances and subscriptions are not yet visible to queries. So the timers
 * follow each changed clock once, just before the transaction commits, with the clock's final state.
 */
@Component
class ClockTimers {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SlaClockRepository clocks;

    ClockTimers(RuntimeService runtimeService, IdentityService identityService, SlaClockRepository clocks) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clocks = clocks;
    }

    /** The clock changed: its timers follow when the transaction commits (at once without a transaction). */
    void follow(SlaClock clock) {
        follow(clock, false);
    }

    /**
     * The clock was stored for the first time in this transaction, so it has no timers yet: they start when
     * the transaction commits without looking for an instance first.
     */
    void followNew(SlaClock clock) {
        follow(clock, true);
    }

    private void follow(SlaClock clock, boolean fresh) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sync(clock, fresh);
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
                    pending.forEach((id, isFresh) -> clocks.findById(id).ifPresent(c -> sync(c, isFresh)));
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

    private void sync(SlaClock clock, boolean fresh) {
        AsSystem.call(identityService, () -> {
            // the case number narrows the search to the case's few instances (an index), whatever the number of cases
            boolean exists = !fresh && runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(clock.caseNumber()).processDefinitionKey(SlaClockProcess.PROCESS_ID)
                    .variableValueEquals(SlaClockProcess.CLOCK_ID, clock.id()).count() > 0;
            if (clock.isStopped()) {
                if (exists) {
                    correlate(SlaClockProcess.MESSAGE_STOPPED, clock, Map.of());
                }
            } else if (exists) {
                correlate(SlaClockProcess.MESSAGE_CHANGED, clock, variables(clock));
            } else if (clock.isRunning() && !clock.isBreached()) {
                Map<String, Object> variables = variables(clock);
                variables.put(SlaClockProcess.CLOCK_ID, clock.id());
                variables.put(SlaClockProcess.CLOCK, clock.kind().name());
                runtimeService.startProcessInstanceByKey(SlaClockProcess.PROCESS_ID, clock.caseNumber(), variables);
            }
            return null;
        });
    }

    private void correlate(String message, SlaClock clock, Map<String, Object> variables) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(clock.caseNumber())
                .processInstanceVariableEquals(SlaClockProcess.CLOCK_ID, clock.id())
                .setVariables(variables)
                .correlateAllWithResult();
    }

    private static Map<String, Object> variables(SlaClock clock) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SlaClockProcess.PAUSED, clock.isPaused());
        variables.put(SlaClockProcess.WARNED, clock.isWarned());
        variables.put(SlaClockProcess.WARN_AT, Date.from(clock.warnAt()));
        variables.put(SlaClockProcess.DUE_AT, Date.from(clock.dueAt()));
        return variables;
    }
}
