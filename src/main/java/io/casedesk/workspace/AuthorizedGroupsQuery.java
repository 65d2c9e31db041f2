package io.casedesk.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL find the groups that hold authorizations without reading every authorization.
 * <p>
 * Before each command that checks authorizations, Camunda asks for the distinct groups that hold any
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), to leave the signed-in user's other groups out of
 * the checks. Every open task holds an authorization per candidate group, so that read every task's authorizations:
 * 9 ms at 100,000 open cases, and a Tasklist queue request runs a dozen such commands. On PostgreSQL the same set is
 * read by walking Camunda's index on {@code GROUP_ID_} from one group to the next (a recursive query), which costs a
 * look-up per group, however many tasks are open.
 */
@Component
class AuthorizedGroupsQuery extends AbstractProcessEnginePlugin {

    static final String CAMUNDA_STATEMENT = "selectAuthorizedGroupIds";
    static final String STATEMENT = "casedeskSelectAuthorizedGroupIdsByIndex";

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (!DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
            return; // the embedded H2 database holds few authorizations
        }
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(STATEMENT, false)) {
            String table = engine.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
            String sql = "with recursive authorized (group_id) as ("
                    + " (select GROUP_ID_ from " + table + " where GROUP_ID_ is not null order by GROUP_ID_ limit 1)"
                    + " union all"
                    + " select (select A.GROUP_ID_ from " + table + " A where A.GROUP_ID_ > G.group_id"
                    + " order by A.GROUP_ID_ limit 1) from authorized G where G.group_id is not null)"
                    + " select group_id from authorized where group_id is not null";
            ResultMap strings = new ResultMap.Builder(mybatis, STATEMENT + "-Inline", String.class, List.of()).build();
            mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT,
                    new StaticSqlSource(mybatis, sql), SqlCommandType.SELECT).resultMaps(List.of(strings)).build());
        }
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessions.getStatementMappings());
        mappings.put(CAMUNDA_STATEMENT, STATEMENT);
        sessions.setStatementMappings(mappings);
    }
}
