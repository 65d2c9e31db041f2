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
 * Lets PostgreSQL plan Camunda's authorization checks right. Every task query of an agent joins the
 * authorizations of the agent's groups and filters them with {@code PERMS_ & <permission> = <permission>}; the
 * planner has no statistics for such an expression and guesses that a handful of rows match, while Camunda holds
 * one authorization per task and candidate group (so thousands match). On that guess it joins every candidate task
 * with every authorization row, and the agents' queue slows down with the square of the open tasks. Statistics on
 * the permission bits the checks test (PostgreSQL 14 and later: statistics on expressions) give it the real share,
 * and it looks up the authorizations of each task through their index instead. Who may see which task does not
 * change: the same authorizations are checked, only faster.
 */
@Component
@Order(10)
class AuthorizationStatistics implements ApplicationRunner {

    static final String STATISTICS = "casedesk_authorization_permissions";

    /** The permissions Tasklist's, Cockpit's and the REST API's queries test. */
    private static final Set<Permission> CHECKED = new LinkedHashSet<>(List.of(Permissions.READ,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE, Permissions.UPDATE,
            Permissions.READ_HISTORY));

    private static final Logger log = LoggerFactory.getLogger(AuthorizationStatistics.class);

    private final DataSource dataSource;

    AuthorizationStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return; // the embedded H2 database plans these queries well enough at its scale
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class, STATISTICS) > 0) {
            return; // created by an earlier start; autovacuum keeps them current
        }
        String expressions = CHECKED.stream().map(permission -> "(perms_ & " + permission.getValue() + ")")
                .distinct().collect(Collectors.joining(", "));
        try {
            // several nodes may start at once: IF NOT EXISTS
            jdbc.execute("create statistics if not exists " + STATISTICS + " on " + expressions
                    + " from act_ru_authorization");
            jdbc.execute("analyze act_ru_authorization");
        } catch (DataAccessException notCreated) {
            log.warn("Statistics {} not created ({}); another node may be creating them, or the database user may not "
                    + "own Camunda's tables; task queries are planned without them", STATISTICS, notCreated.getMessage());
        }
    }
}
