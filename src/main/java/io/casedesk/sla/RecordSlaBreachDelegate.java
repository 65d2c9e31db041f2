package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the breach of a clock that passed its due time; the case escalates. */
@Component
class RecordSlaBreachDelegate implements JavaDelegate {

    private final SlaClocks clocks;
    private final Clock clock;

    RecordSlaBreachDelegate(SlaClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clocks.breach(((Number) execution.getVariable(SlaClockProcess.CLOCK_ID)).longValue(), Instant.now(clock));
    }
}
