package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.customer.Caller;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * An installation upgraded from the release whose SLA clocks ran as {@code SlaClockProcess} instances: at
 * start-up each such instance ends and its clock waits on a timer job due when the instance's timer was.
 */
@ProcessTest
class ClockProcessRetirementTest {

    static final String EARLIER_RELEASE = "Earlier release";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    SlaClocks slaClocks;
    @Autowired
    SlaClockRepository clocks;
    @Autowired
    ClockProcessRetirement retirement;

    /** The earlier release's model goes again, so that the other tests share this application. */
    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getRepositoryService().createDeploymentQuery().deploymentName(EARLIER_RELEASE).list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void runningClockProcessesOfAnEarlierReleaseBecomeTimerJobsWithTheSameDueTime() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-03-11T10:00:00-06:00").toInstant()));
        String n = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "No dial tone",
                "Since this morning", null, null), Caller.contact("alice.morgan@acme.example", "ACME"), null)
                .supportCase().number();
        SlaClock clock = clocks.findByCaseNumberAndKind(n, ClockKind.INITIAL_RESPONSE).orElseThrow();
        Date warning = slaClocks.timer(n, ClockKind.INITIAL_RESPONSE).map(Job::getDuedate).orElseThrow();
        // the clock as the earlier release kept it: a process instance with its two timers, no timer job of its own
        engine.getManagementService().deleteJob(slaClocks.timer(n, ClockKind.INITIAL_RESPONSE).orElseThrow().getId());
        engine.getRepositoryService().createDeployment().name(EARLIER_RELEASE)
                .addClasspathResource("retired/sla-clock.bpmn").deploy();
        engine.getRuntimeService().startProcessInstanceByKey(ClockProcessRetirement.RETIRED_PROCESS, n, Map.of(
                ClockProcessRetirement.CLOCK_ID, clock.id(), "clock", "INITIAL_RESPONSE", "paused", false,
                "warned", false, "warnAt", warning, "dueAt", Date.from(clock.dueAt())));
        assertThat(slaClocks.timer(n, ClockKind.INITIAL_RESPONSE)).isEmpty();

        retirement.run(null);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ClockProcessRetirement.RETIRED_PROCESS).count()).isZero();
        assertThat(slaClocks.timer(n, ClockKind.INITIAL_RESPONSE)).map(Job::getDuedate).contains(warning);
        retirement.run(null);
        assertThat(engine.getManagementService().createJobQuery().timers().list()).as("one timer, however often it runs")
                .filteredOn(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().equals(clock.id().toString()))
                .hasSize(1);
    }
}
