package io.casedesk.sla;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upgrades an installation whose SLA clocks still run as instances of the retired {@code SlaClockProcess} (one
 * process instance per clock, before clocks got their own timer jobs): each instance ends, and its clock gets its
 * timer job with the same due time. Runs at start-up, in batches, and does nothing once none is left.
 */
@Component
class ClockProcessRetirement implements ApplicationRunner {

    static final String RETIRED_PROCESS = "SlaClockProcess";
    static final String CLOCK_ID = "clockId";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ClockProcessRetirement.class);

    private final RuntimeService runtimeService;
    private final SlaClockRepository clocks;
    private final ClockTimers timers;
    private final TransactionTemplate transactions;

    ClockProcessRetirement(RuntimeService runtimeService, SlaClockRepository clocks, ClockTimers timers,
            TransactionTemplate transactions) {
        this.runtimeService = runtimeService;
        this.clocks = clocks;
        this.timers = timers;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int retired = 0;
        for (int batch = retireBatch(); batch > 0; batch = retireBatch()) {
            retired += batch;
        }
        if (retired > 0) {
            log.info("Replaced {} running {} instances by SLA timer jobs", retired, RETIRED_PROCESS);
        }
    }

    private int retireBatch() {
        Integer retired = transactions.execute(status -> {
            List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(RETIRED_PROCESS).listPage(0, BATCH);
            for (ProcessInstance instance : instances) {
                Object clockId = runtimeService.getVariable(instance.getId(), CLOCK_ID);
                runtimeService.deleteProcessInstance(instance.getId(), "SLA clocks run on timer jobs", true, true,
                        true);
                if (clockId instanceof Number id) {
                    clocks.findById(id.longValue()).ifPresent(timers::follow);
                }
            }
            return instances.size();
        });
        return retired == null ? 0 : retired;
    }
}
