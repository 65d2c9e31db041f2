package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Fires the timer of an SLA clock ({@link ClockTimers}): raises the clock's warning or records its breach, in
 * the job's transaction. The job's configuration is the clock's id; the job log of the history shows when each
 * timer was created and fired ({@code JOB_DEF_TYPE_ = 'casedesk-sla-clock'}).
 */
class SlaTimerJobHandler implements JobHandler<SlaTimerJobHandler.ClockId> {

    static final String TYPE = "casedesk-sla-clock";

    /** The job's configuration: the clock it times. */
    record ClockId(long value) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return String.valueOf(value);
        }
    }

    private final ObjectProvider<SlaClocks> clocks;
    private final Clock clock;

    SlaTimerJobHandler(ObjectProvider<SlaClocks> clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(ClockId configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        clocks.getObject().timerFired(configuration.value(), Instant.now(clock));
    }

    @Override
    public ClockId newConfiguration(String canonicalString) {
        return new ClockId(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(ClockId configuration, JobEntity jobEntity) {
        // a timer holds nothing but its clock's id
    }
}
