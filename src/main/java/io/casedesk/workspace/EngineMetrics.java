package io.casedesk.workspace;

import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.casedesk.common.RefreshedMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The process engine for Prometheus.
 * <ul>
 * <li>Camunda's own counters (those Cockpit's metrics come from: activity instances, jobs acquired, executed and failed,
 * decisions evaluated, process instances started) as {@code camunda_<name>_total}, counted on this node since it started:
 * the engine keeps them only until it writes them to {@code ACT_RU_METER_LOG}, so Casedesk gives the engine a metrics
 * registry that also adds them up.</li>
 * <li>The job executor: {@code casedesk_jobs_due} (jobs due and waiting for a thread: the backlog),
 * {@code casedesk_jobs_lateness_seconds} (how long the longest-waiting of them is overdue; SLA timers fire that late) and
 * {@code casedesk_jobs_failed} (retries used up: an incident in Cockpit), re-read every
 * {@code casedesk.metrics.refresh-every}.</li>
 * </ul>
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin implements RefreshedMetrics {

    private final CountingMetricsRegistry engineCounters = new CountingMetricsRegistry();
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private volatile JobFigures jobs = new JobFigures(0, 0, 0);

    EngineMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        Gauge.builder("casedesk.jobs.due", this, metrics -> metrics.jobs.due())
                .description("Jobs due and not yet taken by the job executor").register(meters);
        Gauge.builder("casedesk.jobs.lateness", this, metrics -> metrics.jobs.latenessSeconds()).baseUnit("seconds")
                .description("How long the longest-waiting due job has been due").register(meters);
        Gauge.builder("casedesk.jobs.failed", this, metrics -> metrics.jobs.failed())
                .description("Jobs whose retries are used up (incidents)").register(meters);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(engineCounters);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        for (String name : engineCounters.getDbMeters().keySet()) {
            FunctionCounter.builder("camunda." + name.replace('-', '.'), engineCounters, counters -> counters.total(name))
                    .description("Camunda engine metric " + name + " on this node").register(meters);
        }
    }

    @Override
    public void refresh() {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        long failed = jdbc.sql("select count(*) from ACT_RU_JOB where RETRIES_ = 0").query(Long.class).single();
        // the jobs the acquisition would take now: due, with retries left, active and not locked by a node
        jobs = jdbc.sql("select count(*), min(DUEDATE_) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1"
                + " and DUEDATE_ <= :now and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ <= :now)").param("now", now)
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new JobFigures(rs.getLong(1),
                            oldest == null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000.0), failed);
                }).single();
    }

    private record JobFigures(long due, double latenessSeconds, long failed) {
    }

    /** The engine's metrics registry, which also keeps a running total of every database metric on this node. */
    static final class CountingMetricsRegistry extends MetricsRegistry {

        private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();

        @Override
        protected void markOccurrence(Map<String, Meter> meterMap, String name, long times) {
            super.markOccurrence(meterMap, name, times);
            if (meterMap == dbMeters) {
                totals.computeIfAbsent(name, key -> new AtomicLong()).addAndGet(times);
            }
        }

        long total(String name) {
            AtomicLong total = totals.get(name);
            return total == null ? 0 : total.get();
        }
    }
}
