package io.casedesk.sla;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Teaches the process engine to fire SLA clock timers ({@link SlaTimerJobHandler}). */
@Component
class SlaTimerPlugin extends AbstractProcessEnginePlugin {

    private final SlaTimerJobHandler handler;

    SlaTimerPlugin(ObjectProvider<SlaClocks> clocks, Clock clock) {
        this.handler = new SlaTimerJobHandler(clocks, clock);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(handler);
        configuration.setCustomJobHandlers(handlers);
    }
}
