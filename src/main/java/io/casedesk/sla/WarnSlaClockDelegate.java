package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Raises the warning of a clock that has used up most of its target. */
@Component
class WarnSlaClockDelegate implements JavaDelegate {

    private final SlaClocks clocks;
    private final Clock clock;

    WarnSlaClockDelegate(SlaClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clocks.warn(((Number) execution.getVariable(SlaClockProcess.CLOCK_ID)).longValue(), Instant.now(clock));
        execution.setVariable(SlaClockProcess.WARNED, true);
    }
}
