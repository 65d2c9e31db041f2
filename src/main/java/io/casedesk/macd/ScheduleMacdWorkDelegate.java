package io.casedesk.macd;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.supportcase.SupportCaseVariables;

/** Decides when and by whom the request is worked, and briefs the agent who carries it out. */
@Component
class ScheduleMacdWorkDelegate implements JavaDelegate {

    private final MacdScheduling scheduling;

    ScheduleMacdWorkDelegate(MacdScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MacdScheduling.Schedule schedule = scheduling.schedule(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.WORK_STARTS_AT, Date.from(schedule.startsAt()));
        execution.setVariable(MacdRequestProcess.WAITS_FOR_BUSINESS_HOURS, schedule.waits());
        execution.setVariable(SupportCaseVariables.ASSIGNED_GROUP, schedule.group());
        execution.setVariables(scheduling.briefing(execution.getProcessBusinessKey()));
    }
}
