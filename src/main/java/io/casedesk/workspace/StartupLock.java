package io.casedesk.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets several nodes start together on one PostgreSQL database: each node's start-up work (Camunda's schema and
 * deployments, then Casedesk's indexes, demo data, filters and maintenance planning) runs while it holds a database
 * lock, so a second node waits, then finds everything in place instead of creating it twice. The lock is taken
 * before the process engine touches the database and given back once the node is ready (or failed to start); a
 * node that dies holding it loses it with its connection.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin {

    /** PostgreSQL advisory lock key: "casedesk" in ASCII. */
    static final long KEY = 0x63617365646573L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection holder;

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        DataSource dataSource = engine.getDataSource();
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close(); // the embedded H2 database serves one node
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet tried = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
                if (!tried.next() || !tried.getBoolean(1)) {
                    log.info("Another node is starting on this database; waiting for it to finish");
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                }
            }
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock on the database", e);
        }
    }

    @PreDestroy
    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            log.warn("Start-up lock not released cleanly ({}); it ends with the connection", e.getMessage());
        } finally {
            holder = null;
        }
    }
}
