package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * An in-memory engine that holds only the decision tables of {@code processes/} a test names, as a process owner
 * deploys them: a table is tested on its own, without the application and its demo data.
 */
public final class DecisionTables {

    private DecisionTables() {
    }

    public static ProcessEngine engineWith(String... tables) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String name = "tables-" + String.join("-", tables).replace(".dmn", "");
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName(name);
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name);
        for (String table : tables) {
            try {
                deployment.addString(table, Files.readString(Path.of("processes", table)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        return engine;
    }
}
