package io.casedesk.sla;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import io.casedesk.customer.OrganizationInfo;

/**
 * Reads the SLA targets of a case from the {@code SlaTargets} decision table, which process owners edit
 * in Camunda Modeler, and turns them into due dates on the business calendars. A case is pinned to the
 * version of the table it started with.
 */
@Service
public class SlaPolicy {

    /** Key of the decision in {@code processes/sla-targets.dmn}. */
    public static final String DECISION_KEY = "SlaTargets";
    /** Calendar column value meaning the organization's own business calendar. */
    static final String ORGANIZATION_CALENDAR = "organization";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final BusinessCalendars calendars;

    SlaPolicy(DecisionService decisions, RepositoryService repository, BusinessCalendars calendars) {
        this.decisions = decisions;
        this.repository = repository;
        this.calendars = calendars;
    }

    /** The targets of the latest version of the table. */
    public SlaTargets targets(OrganizationInfo organization, String caseType, String priority, ServiceLevel serviceLevel) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("The decision " + DECISION_KEY + " is not deployed");
        }
        return targets(latest.getId(), organization, caseType, priority, serviceLevel);
    }

    /** The targets of the given version of the table, e.g. the one a running case started with. */
    public SlaTargets targets(String decisionId, OrganizationInfo organization, String caseType, String priority,
            ServiceLevel serviceLevel) {
        Map<String, Object> input = Variables.createVariables()
                .putValue("plan", organization.slaPlan())
                .putValue("caseType", caseType)
                .putValue("priority", priority)
                .putValue("serviceLevel", serviceLevel.name());
        DmnDecisionResultEntries row = decisions.evaluateDecisionById(decisionId).variables(input).evaluate()
                .getFirstResult();
        if (row == null) {
            return new SlaTargets(null, null, null, BusinessCalendars.ALWAYS, null, organization.calendar(), decisionId);
        }
        String hours = calendar(text(row, "calendar"), organization);
        String resolutionColumn = text(row, "resolutionCalendar");
        String resolutionHours = resolutionColumn == null || resolutionColumn.isBlank() ? null
                : calendar(resolutionColumn, organization);
        return new SlaTargets(SlaTarget.parse(text(row, "initialResponse")), SlaTarget.parse(text(row, "updateEvery")),
                SlaTarget.parse(text(row, "resolution")), hours, resolutionHours, organization.calendar(), decisionId);
    }

    /** A calendar column: a calendar's name, or empty or "organization" for the organization's own. */
    private String calendar(String column, OrganizationInfo organization) {
        String name = column == null || column.isBlank() || ORGANIZATION_CALENDAR.equals(column) ? organization.calendar()
                : column;
        calendars.get(name);
        return name;
    }

    /** An output of the row; empty cells are absent from the result. */
    private static String text(DmnDecisionResultEntries row, String output) {
        Object value = row.get(output);
        return value == null ? null : value.toString();
    }

    /** When the target of a clock started at {@code start} falls due; {@code null} for no target. */
    public Instant due(ClockKind kind, Instant start, SlaTargets targets) {
        SlaTarget target = targets.target(kind);
        if (target == null) {
            return null;
        }
        return target.dueFrom(start, calendars.get(targets.hoursCalendar(kind)), calendars.get(targets.businessCalendar()));
    }
}
