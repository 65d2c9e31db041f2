package io.casedesk.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL answer the agents' task queries and the job executor's acquisition without reading every open
 * task or timer.
 * <p>
 * <b>Authorization checks.</b> Every task query of an agent joins the
 * authorizations of the agent's groups and filters them with {@code PERMS_ & <permission> = <permission>}; the
 * planner has no statistics for such an expression and guesses that a handful of rows match, while Camunda holds
 * one authorization per task and candidate group (so thousands match). On that guess it joins every candidate task
 * with every authorization row, and the agents' queue slows down with the square of the open tasks. Statistics on
 * the permission bits the checks test (PostgreSQL 14 and later: statistics on expressions) give it the real share,
 * and it looks up the authorizations of each task through their index instead. Who may see which task does not
 * change: the same authorizations are checked, only faster.
 * <p>
 * <b>Queues in due order.</b> Tasklist's queues list tasks by due date (the SLA due time). An index on the due date
 * is left out on purpose (and dropped where an earlier release created it): with it the planner walks every open
 * task in due order looking for the few of one group, which took 150 ms for a queue of 2,000 among 110,000 tasks;
 * without it a queue page reads the group's tasks through Camunda's index on the candidate group and sorts them
 * (14 ms), and only a queue holding nearly every open task sorts them all (76 ms at 107,000).
 * <p>
 * <b>Due jobs.</b> The job executor asks every second or two for jobs due now ({@code DUEDATE_ is null or
 * DUEDATE_ <= now}); every open case holds future SLA timers, and without an index on the due date each acquisition
 * read all of them (about a second at 100,000 open cases, and SLA timers fired late behind it).
 * <p>
 * <b>Failed jobs.</b> The job metrics ({@link EngineMetrics}) count the jobs whose retries are used up; an index on
 * the retries finds those few among every open case's timers.
 * <p>
 * <b>Completing a task.</b> Camunda looks for the subtasks of every task it completes ({@code PARENT_TASK_ID_ = ?})
 * and has no index on that column: each completion read every open task (26 ms at 100,000 open cases).
 */
@Component
@Order(10)
class EngineQueryTuning implements ApplicationRunner {

    static final String STATISTICS = "casedesk_authorization_permissions";
    static final String DROPPED_TASK_DUE_DATE_INDEX = "casedesk_task_due_date";
    static final String JOB_DUE_DATE_INDEX = "casedesk_job_due_date";
    static final String TASK_PARENT_INDEX = "casedesk_task_parent";
    static final String JOB_RETRIES_INDEX = "casedesk_job_retries";

    /** The permissions Tasklist's, Cockpit's and the REST API's queries test. */
    private static final Set<Permission> CHECKED = new LinkedHashSet<>(List.of(Permissions.READ,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE, Permissions.UPDATE,
            Permissions.READ_HISTORY));

    private static final Logger log = LoggerFactory.getLogger(EngineQueryTuning.class);

    private final DataSource dataSource;

    EngineQueryTuning(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return; // the embedded H2 database plans these queries well enough at its scale
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // several nodes may start at once: IF NOT EXISTS, and a failure only costs speed
        try {
            jdbc.execute("drop index if exists " + DROPPED_TASK_DUE_DATE_INDEX);
        } catch (DataAccessException notDropped) {
            log.warn("Index {} not dropped ({}); queue pages may walk every open task", DROPPED_TASK_DUE_DATE_INDEX,
                    notDropped.getMessage());
        }
        index(jdbc, JOB_DUE_DATE_INDEX, "act_ru_job (duedate_)");
        index(jdbc, TASK_PARENT_INDEX, "act_ru_task (parent_task_id_)");
        index(jdbc, JOB_RETRIES_INDEX, "act_ru_job (retries_)");
        if (jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class, STATISTICS) > 0) {
            return; // created by an earlier start; autovacuum keeps them current
        }
        String expressions = CHECKED.stream().map(permission -> "(perms_ & " + permission.getValue() + ")")
                .distinct().collect(Collectors.joining(", "));
        try {
            jdbc.execute("create statistics if not exists " + STATISTICS + " on " + expressions
                    + " from act_ru_authorization");
            jdbc.execute("analyze act_ru_authorization");
        } catch (DataAccessException notCreated) {
            log.warn("Statistics {} not created ({}); another node may be creating them, or the database user may not "
                    + "own Camunda's tables; task queries are planned without them", STATISTICS, notCreated.getMessage());
        }
    }

    private static void index(JdbcTemplate jdbc, String name, String on) {
        try {
            jdbc.execute("create index if not exists " + name + " on " + on);
        } catch (DataAccessException notCreated) {
            log.warn("Index {} not created ({}); another node may be creating it, or the database user may not own "
                    + "Camunda's tables; queries on {} read the whole table", name, notCreated.getMessage(), on);
        }
    }
}
