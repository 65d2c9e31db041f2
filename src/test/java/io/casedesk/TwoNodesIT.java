package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.customer.Caller;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaClocks;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * Two Casedesk nodes started at the same moment on one empty PostgreSQL schema, each with its job executor and its
 * mailbox poller: both start, start-up leaves one copy of everything, each SLA timer fires once, and each mail of the
 * support mailbox is read once.
 */
class TwoNodesIT {

    static final String SCHEMA = "casedesk_two_nodes";
    static final String SUPPORT = "support@casedesk.example";
    static final String URL = System.getenv().getOrDefault("CASEDESK_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/casedesk_test");
    static final String USER = System.getenv().getOrDefault("CASEDESK_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CASEDESK_TEST_DB_PASSWORD", "");

    static GreenMail mailServer;
    static JdbcTemplate jdbc;
    static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startTwoNodesAtOnce() {
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(URL, USER, PASSWORD));
        database.execute("drop schema if exists " + SCHEMA + " cascade");
        database.execute("create schema " + SCHEMA);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(schemaUrl(), USER, PASSWORD));
        mailServer = new GreenMail(ServerSetupTest.SMTP_IMAP);
        mailServer.start();
        mailServer.setUser(SUPPORT, SUPPORT, "support");

        // Spring Boot sets up logging through JVM-wide system properties, which two applications starting in one
        // JVM must not do at the same moment; once the first has, both race for the database as two machines would
        CountDownLatch firstLogging = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> node("one",
                firstLogging));
        awaitQuietly(firstLogging);
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> node("two",
                new CountDownLatch(1)));
        nodes.add(first.join());
        nodes.add(second.join());
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : nodes) {
            ProcessEngine engine = node.getBean(ProcessEngine.class);
            node.close();
            // the webapps of later tests in this JVM would otherwise still list (and may pick) this node's engine
            RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
            if (container.getProcessEngineService().getProcessEngineNames().contains(engine.getName())) {
                container.unregisterProcessEngine(engine);
            }
        }
        mailServer.stop();
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    static String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the first node set up its logging").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A node as the command line starts it: these settings override every profile's. {@code loggingReady} opens
     * when its logging is set up (the context exists).
     */
    static ConfigurableApplicationContext node(String name, CountDownLatch loggingReady) {
        return new SpringApplicationBuilder(CasedeskApplication.class).profiles("it", "demo")
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationContextInitializedEvent) {
                        loggingReady.countDown();
                    }
                })
                .run(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", schemaUrl()),
                Map.entry("camunda.bpm.database.schema-name", SCHEMA),
                Map.entry("camunda.bpm.database.table-prefix", SCHEMA + "."),
                Map.entry("camunda.bpm.generate-unique-process-engine-name", "true"),
                Map.entry("camunda.bpm.job-execution.enabled", "true"),
                Map.entry("spring.mail.host", "localhost"),
                Map.entry("spring.mail.port", "3025"),
                Map.entry("casedesk.intake.mail.enabled", "true"),
                Map.entry("casedesk.intake.mail.protocol", "imap"),
                Map.entry("casedesk.intake.mail.host", "localhost"),
                Map.entry("casedesk.intake.mail.port", "3143"),
                Map.entry("casedesk.intake.mail.username", SUPPORT),
                Map.entry("casedesk.intake.mail.password", "support"),
                Map.entry("casedesk.intake.mail.address", SUPPORT),
                Map.entry("casedesk.intake.mail.poll-interval", "PT1S"),
                Map.entry("spring.application.name", "casedesk-" + name)).entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    @Test
    void startUpLeavesOneCopyOfEverything() {
        assertThat(jdbc.queryForList("select name_, count(*) from act_ru_filter group by name_ having count(*) > 1"))
                .as("Tasklist filters").isEmpty();
        assertThat(jdbc.queryForList("select key_, version_, count(*) from act_re_procdef group by key_, version_ "
                + "having count(*) > 1")).as("deployed processes").isEmpty();
        assertThat(jdbc.queryForObject("select max(version_) from act_re_procdef where key_ = 'SupportCaseProcess'",
                Integer.class)).as("deployed once, not once per node").isOne();
        assertThat(jdbc.queryForList("select slot_key, count(*) from maintenance_window group by slot_key "
                + "having count(*) > 1")).as("planned maintenance windows").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'l1'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from organization where code = 'ACME'", Integer.class)).isOne();
    }

    @Test
    void aNodeStartsWhenAnAdministratorCopiedAFilterUnderTheSameName() throws Exception {
        FilterService filters = nodes.get(0).getBean(ProcessEngine.class).getFilterService();
        Filter queue = filters.createTaskFilterQuery().filterName("My groups' queue").singleResult();
        filters.saveFilter(queue.extend(queue.getQuery()).setName("My groups' queue"));

        for (ApplicationRunner runner : nodes.get(1).getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments()); // what a later start of the node does
        }

        assertThat(filters.createTaskFilterQuery().filterName("My groups' queue").count()).isEqualTo(2);
    }

    @Test
    void eachSlaTimerFiresOnceOnWhicheverNodeTakesIt() {
        CaseManagement cases = nodes.get(0).getBean(CaseManagement.class);
        SlaClocks clocks = nodes.get(1).getBean(SlaClocks.class);
        ProcessEngine engine = nodes.get(1).getBean(ProcessEngine.class);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                    "Timer race " + i, "Both nodes want this timer", null, null),
                    Caller.contact("alice.morgan@acme.example", "ACME"), null).supportCase().number());
        }
        // the warnings fall due now: as if three quarters of each target had passed
        jdbc.update("update sla_clock set warn_at = now() - interval '1 minute' where kind = 'INITIAL_RESPONSE' and "
                + "case_number in ('" + String.join("','", numbers) + "')");
        List<String> timers = new ArrayList<>();
        for (String number : numbers) {
            Job timer = clocks.timer(number, ClockKind.INITIAL_RESPONSE).orElseThrow();
            timers.add(timer.getId());
            makeDue(engine, timer.getId());
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in ('" + String.join("','", timers)
                        + "')", Integer.class) == timers.size());

        assertThat(jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in ('"
                + String.join("','", timers) + "')", Integer.class)).as("each timer fired once").isEqualTo(timers.size());
        assertThat(jdbc.queryForObject("select count(*) from sla_clock where warned_at is not null and case_number in ('"
                + String.join("','", numbers) + "')", Integer.class)).as("each clock warned").isEqualTo(numbers.size());
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'SLA_WARNING' and case_number "
                + "in ('" + String.join("','", numbers) + "') group by case_number, recipient order by 1 desc limit 1",
                Integer.class)).as("one warning mail per case and agent").isOne();
    }

    /**
     * Sets the job due now. A node's job executor may lock the job at that very moment (its acquisition writes the
     * job too); then the update is tried again, unless the job is already taken and will fire anyway.
     */
    private static void makeDue(ProcessEngine engine, String jobId) {
        for (int attempt = 0; ; attempt++) {
            try {
                engine.getManagementService().setJobDuedate(jobId, new Date());
                return;
            } catch (OptimisticLockingException lockedByANode) {
                Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
                if (job == null || !job.getDuedate().after(new Date()) || attempt == 5) {
                    return;
                }
            }
        }
    }

    @Test
    void eachMailOfTheSupportMailboxIsReadOnceByOneNode() throws Exception {
        int mails = 10;
        for (int i = 0; i < mails; i++) {
            MimeMessage message = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
            message.setFrom(new InternetAddress("noc@acme.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
            message.setSubject("Two nodes, mail " + i);
            message.setText("Read me once");
            message.saveChanges();
            message.setHeader("Message-ID", "<two-nodes-" + i + "@acme.example>");
            mailServer.getUserManager().getUser(SUPPORT).deliver(message);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from inbound_mail where message_id like '<two-nodes-%'", Integer.class) == mails);

        assertThat(jdbc.queryForObject("select count(*) from support_case where subject like 'Two nodes, mail %'",
                Integer.class)).as("one case per mail").isEqualTo(mails);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'support-mailbox'", Integer.class))
                .as("the nodes take turns through one lock").isOne();
    }
}
