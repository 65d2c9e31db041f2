package io.casedesk.sla;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>
 * A deployed version of the table never changes, so the row it gives for the same inputs is kept: opening a
 * case evaluates the table once per combination of plan, type, priority and service level, not once per case
 * (Cockpit's decision history therefore shows the first evaluation of each combination).
 */
@Service
public class SlaPolicy {

    /** Key of the decision in {@code processes/sla-targets.dmn}. */
    public static final String DECISION_KEY = "SlaTargets";
    /** Calendar column value meaning the organization's own business calendar. */
    static final String ORGANIZATION_CALENDAR = "organization";

    /** More combinations than any set of plans has; the rows are dropped all at once when it is reached. */
    private static final int MAX_KEPT_ROWS = 10_000;

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final BusinessCalendars calendars;
    private final Map<Inputs, Optional<Row>> rows = new ConcurrentHashMap<>();

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

    /**
     * Whether the latest table has rows for the plan (an incident at P3 on the standard service level);
     * true while no table is deployed yet.
     */
    public boolean knowsPlan(String plan) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        return latest == null
                || row(new Inputs(latest.getId(), plan, "INCIDENT", "P3", ServiceLevel.STANDARD.name())).isPresent();
    }

    /** The targets of the given version of the table, e.g. the one a running case started with. */
    public SlaTargets targets(String decisionId, OrganizationInfo organization, String caseType, String priority,
            ServiceLevel serviceLevel) {
        Row row = row(new Inputs(decisionId, organization.slaPlan(), caseType, priority, serviceLevel.name()))
                .orElse(null);
        if (row == null) {
            return new SlaTargets(null, null, null, BusinessCalendars.ALWAYS, null, organization.calendar(), decisionId);
        }
        String hours = calendar(row.calendar(), organization);
        String resolutionHours = row.resolutionCalendar() == null || row.resolutionCalendar().isBlank() ? null
                : calendar(row.resolutionCalendar(), organization);
        return new SlaTargets(SlaTarget.parse(row.initialResponse()), SlaTarget.parse(row.updateEvery()),
                SlaTarget.parse(row.resolution()), hours, resolutionHours, organization.calendar(), decisionId);
    }

    /** The matching row, evaluated the first time these inputs are asked; empty when no row matches. */
    private Optional<Row> row(Inputs inputs) {
        if (rows.size() >= MAX_KEPT_ROWS) {
            rows.clear();
        }
        return rows.computeIfAbsent(inputs, this::evaluate);
    }

    private Optional<Row> evaluate(Inputs inputs) {
        Map<String, Object> input = Variables.createVariables()
                .putValue("plan", inputs.plan())
                .putValue("caseType", inputs.caseType())
                .putValue("priority", inputs.priority())
                .putValue("serviceLevel", inputs.serviceLevel());
        DmnDecisionResultEntries result = decisions.evaluateDecisionById(inputs.decisionId()).variables(input).evaluate()
                .getFirstResult();
        return Optional.ofNullable(result).map(entries -> new Row(text(entries, "initialResponse"),
                text(entries, "updateEvery"), text(entries, "resolution"), text(entries, "calendar"),
                text(entries, "resolutionCalendar")));
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

    /** What the table is asked: a deployed version and the case's plan, type, priority and service level. */
    private record Inputs(String decisionId, String plan, String caseType, String priority, String serviceLevel) {
    }

    /** The outputs of the matching row, as written in the table. */
    private record Row(String initialResponse, String updateEvery, String resolution, String calendar,
            String resolutionCalendar) {
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
