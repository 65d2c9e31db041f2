package io.casedesk.supportcase;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.casedesk.common.RefreshedMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The open cases for Prometheus, re-read every {@code casedesk.metrics.refresh-every} (not at every scrape):
 * {@code casedesk_cases_open} by organization, priority, status and group, and
 * {@code casedesk_cases_next_due_timestamp_seconds} by group, the earliest due time of the group's open work. One
 * grouped query each, whatever the number of cases; no label names a case.
 */
@Component
class OpenCaseMetrics implements RefreshedMetrics {

    private static final List<String> CLOSED = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isClosed)
            .map(CaseStatus::name).toList();
    private static final String NO_GROUP = "unassigned";

    private final JdbcClient jdbc;
    private final MultiGauge open;
    private final MultiGauge nextDue;

    OpenCaseMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.open = MultiGauge.builder("casedesk.cases.open").description("Cases not yet closed").register(registry);
        this.nextDue = MultiGauge.builder("casedesk.cases.next.due").baseUnit("timestamp_seconds")
                .description("Earliest due time of a group's open case tasks (Unix time)").register(registry);
    }

    @Override
    public void refresh() {
        open.register(jdbc.sql("select organization_code, priority, status, assigned_group, count(*) as cases"
                + " from support_case where status not in (:closed)"
                + " group by organization_code, priority, status, assigned_group").param("closed", CLOSED)
                .query((rs, row) -> MultiGauge.Row.of(Tags.of("organization", rs.getString(1), "priority", rs.getString(2),
                        "status", rs.getString(3), "group", rs.getString(4) == null ? NO_GROUP : rs.getString(4)),
                        rs.getLong(5)))
                .list(), true);
        // the support case process's tasks carry the case's next SLA due time; their candidate group is the queue
        nextDue.register(jdbc.sql("select l.GROUP_ID_, min(t.DUE_DATE_) from ACT_RU_TASK t"
                + " join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'"
                + " join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
                + " where d.KEY_ = :process and t.DUE_DATE_ is not null and l.GROUP_ID_ is not null group by l.GROUP_ID_")
                .param("process", SupportCaseProcess.PROCESS_ID)
                .query((rs, row) -> MultiGauge.Row.of(Tags.of("group", rs.getString(1)),
                        rs.getTimestamp(2).toInstant().getEpochSecond()))
                .list(), true);
    }
}
