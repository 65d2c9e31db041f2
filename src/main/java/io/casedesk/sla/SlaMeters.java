package io.casedesk.sla;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the SLA clocks tell Prometheus, counted once the change that caused it has committed: warnings and breaches
 * by clock and priority, targets kept and missed by organization, clock and priority (the compliance share of a
 * dashboard), and the business time to first response and to resolution by plan and priority, as histograms. No
 * label names a case: an organization is the finest.
 */
@Component
class SlaMeters {

    /** Bucket bounds of the response and resolution histograms: the targets the plans promise. */
    private static final Duration[] TARGETS = { Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24), Duration.ofDays(2),
            Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(10), Duration.ofDays(20) };

    private static final String NO_PLAN = "NONE";

    /** The priorities of the plans, whose warning and breach counters exist from the start (at zero). */
    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P1G");

    private final MeterRegistry registry;

    SlaMeters(MeterRegistry registry) {
        this.registry = registry;
        for (ClockKind kind : ClockKind.values()) {
            for (String priority : PRIORITIES) {
                warnings(kind, priority);
                breaches(kind, priority);
            }
        }
    }

    void warned(ClockKind kind, String priority) {
        afterCommit(() -> warnings(kind, priority).increment());
    }

    void breached(ClockKind kind, String priority) {
        afterCommit(() -> breaches(kind, priority).increment());
    }

    private Counter warnings(ClockKind kind, String priority) {
        return Counter.builder("casedesk.sla.warnings").description("SLA warnings raised").tag("clock", kind.name())
                .tag("priority", priority).register(registry);
    }

    private Counter breaches(ClockKind kind, String priority) {
        return Counter.builder("casedesk.sla.breaches").description("SLA targets breached").tag("clock", kind.name())
                .tag("priority", priority).register(registry);
    }

    void periodEnded(SlaClockPeriod period) {
        if (period.endedBy() == SlaClockPeriod.Ending.WITHDRAWN) {
            return;
        }
        String plan = period.slaPlan() == null ? NO_PLAN : period.slaPlan();
        afterCommit(() -> {
            Counter.builder("casedesk.sla.targets").description("SLA clock periods ended, kept (met=true) or missed")
                    .tag("organization", period.organizationCode()).tag("clock", period.kind().name())
                    .tag("priority", period.priority()).tag("met", Boolean.toString(period.met())).register(registry)
                    .increment();
            String timer = period.kind() == ClockKind.INITIAL_RESPONSE && period.endedBy() == SlaClockPeriod.Ending.ANSWERED
                    ? "casedesk.sla.first.response"
                    : period.kind() == ClockKind.RESOLUTION && period.endedBy() == SlaClockPeriod.Ending.CLOSED
                            ? "casedesk.sla.resolution" : null;
            if (timer != null) {
                Timer.builder(timer).description("Business time of the organization's calendar until the "
                        + (period.kind() == ClockKind.RESOLUTION ? "case was closed" : "first response"))
                        .tag("plan", plan).tag("priority", period.priority()).serviceLevelObjectives(TARGETS)
                        .register(registry).record(period.businessTime());
            }
        });
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
