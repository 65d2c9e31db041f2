package io.casedesk.supportcase;

import static io.casedesk.supportcase.SupportCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A billing or sales request skips technical triage: it goes to the team of its type
 * ({@code casedesk.cases.administrative-groups}), which works it like any case, in office hours.
 */
@Component
class RouteAdministrativeRequestDelegate implements JavaDelegate {

    private final CaseSteps steps;

    RouteAdministrativeRequestDelegate(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ASSIGNED_GROUP, steps.routeAdministrative(execution.getProcessBusinessKey(),
                ProcessActor.of(execution)));
    }
}
