package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.customer.OrganizationInfo;
import io.casedesk.support.DecisionTables;

/**
 * The {@code SlaTargets} table as shipped, row by row: the priority matrix, the severity matrix of the Latin
 * American plan, the daily update cadence, master cases (P1G) and MACD requests at standard and expedited
 * service, each with its targets, the calendars they count on and the due time of a case opened on a Friday
 * afternoon. It runs on an engine of its own that holds only the table, as a process owner's change would.
 */
class SlaTargetsTest {

    static final String FRIDAY_AFTERNOON_DENVER = "2026-03-13T16:30:00-06:00";
    static final String FRIDAY_NIGHT_QUITO = "2026-03-13T21:30:00-05:00";

    static ProcessEngine engine;
    static SlaPolicy policy;

    @BeforeAll
    static void deployTheTableAlone() {
        engine = DecisionTables.engineWith("sla-targets.dmn");
        policy = new SlaPolicy(engine.getDecisionService(), engine.getRepositoryService(), ShippedCalendars.load());
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan          | type            | prio | level     | initial | update  | resolution | hours         | resolution hours | opened                  | initial response due      | resolution due
            PRIORITY_MATRIX | INCIDENT        | P1G  | STANDARD  | PT15M   | PT1H    | -          | always        | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-13T16:45:00-06:00 | -
            SEVERITY_MATRIX | INCIDENT        | P1G  | STANDARD  | PT15M   | PT1H    | -          | always        | -                | FRIDAY_NIGHT_QUITO      | 2026-03-13T21:45:00-05:00 | -
            PRIORITY_MATRIX | INCIDENT        | P1   | STANDARD  | PT15M   | PT1H    | -          | always        | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-13T16:45:00-06:00 | -
            PRIORITY_MATRIX | SERVICE_REQUEST | P2   | STANDARD  | PT30M   | PT2H    | -          | always        | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-13T17:00:00-06:00 | -
            PRIORITY_MATRIX | INCIDENT        | P3   | STANDARD  | PT4H    | P1D     | -          | business-mt   | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-16T11:30:00-06:00 | -
            PRIORITY_MATRIX | QUESTION        | P4   | STANDARD  | P1D     | P2D     | -          | business-mt   | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-16T16:30:00-06:00 | -
            SEVERITY_MATRIX | INCIDENT        | P1   | STANDARD  | PT1H    | -       | PT3H       | always        | -                | FRIDAY_NIGHT_QUITO      | 2026-03-13T22:30:00-05:00 | 2026-03-14T00:30:00-05:00
            SEVERITY_MATRIX | INCIDENT        | P2   | STANDARD  | PT1H30M | -       | PT4H       | always        | -                | FRIDAY_NIGHT_QUITO      | 2026-03-13T23:00:00-05:00 | 2026-03-14T01:30:00-05:00
            SEVERITY_MATRIX | INCIDENT        | P3   | STANDARD  | PT2H    | -       | PT4H       | latam-service | -                | FRIDAY_NIGHT_QUITO      | 2026-03-14T09:30:00-05:00 | 2026-03-14T11:30:00-05:00
            SEVERITY_MATRIX | SERVICE_REQUEST | P4   | STANDARD  | PT2H    | -       | PT4H       | latam-service | -                | FRIDAY_NIGHT_QUITO      | 2026-03-14T09:30:00-05:00 | 2026-03-14T11:30:00-05:00
            DAILY_CADENCE   | INCIDENT        | P1   | STANDARD  | PT15M   | PT2H    | -          | always        | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-13T16:45:00-06:00 | -
            DAILY_CADENCE   | INCIDENT        | P2   | STANDARD  | PT30M   | EOD     | -          | always        | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-13T17:00:00-06:00 | -
            DAILY_CADENCE   | INCIDENT        | P3   | STANDARD  | PT4H    | EOD     | -          | business-mt   | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-16T11:30:00-06:00 | -
            DAILY_CADENCE   | QUESTION        | P4   | STANDARD  | P1D     | EOW     | -          | business-mt   | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-16T16:30:00-06:00 | -
            PRIORITY_MATRIX | MACD            | P4   | STANDARD  | PT12H   | -       | PT24H      | extended-mt   | -                | FRIDAY_AFTERNOON_DENVER | 2026-03-16T16:30:00-06:00 | 2026-03-17T16:30:00-06:00
            PRIORITY_MATRIX | MACD            | P4   | EXPEDITED | PT4H    | -       | PT12H      | always        | extended-mt      | FRIDAY_AFTERNOON_DENVER | 2026-03-13T20:30:00-06:00 | 2026-03-16T16:30:00-06:00
            SEVERITY_MATRIX | MACD            | P3   | EXPEDITED | PT4H    | -       | PT12H      | always        | extended-mt      | FRIDAY_AFTERNOON_DENVER | 2026-03-13T20:30:00-06:00 | 2026-03-16T16:30:00-06:00
            """)
    void eachRowGivesItsTargetsAndDueTimes(String plan, String type, String priority, String level, String initial,
            String update, String resolution, String hours, String resolutionHours, String opened, String initialDue,
            String resolutionDue) {
        SlaTargets targets = policy.targets(organization(plan), type, priority, ServiceLevel.valueOf(level));

        assertThat(text(targets.initialResponse())).as("initial response").isEqualTo(initial);
        assertThat(text(targets.updateEvery())).as("update").isEqualTo(update);
        assertThat(text(targets.resolution())).as("resolution").isEqualTo(resolution);
        assertThat(targets.hoursCalendar()).as("calendar of hour targets").isEqualTo(hours);
        assertThat(targets.resolutionCalendar()).as("calendar of the resolution target").isEqualTo(resolutionHours);
        Instant start = moment(opened);
        assertThat(policy.due(ClockKind.INITIAL_RESPONSE, start, targets)).as("initial response due")
                .isEqualTo(OffsetDateTime.parse(initialDue).toInstant());
        assertThat(policy.due(ClockKind.RESOLUTION, start, targets)).as("resolution due")
                .isEqualTo(resolutionDue == null ? null : OffsetDateTime.parse(resolutionDue).toInstant());
    }

    /** An organization of the plan: the US customers on Mountain time, the Latin American plan in Ecuador. */
    private static OrganizationInfo organization(String plan) {
        return plan.equals("SEVERITY_MATRIX")
                ? new OrganizationInfo("CIRION", "Cirion", Locale.forLanguageTag("es"), ZoneId.of("America/Guayaquil"),
                        plan, "business-ec", "CIRION")
                : new OrganizationInfo("ACME", "Acme", Locale.ENGLISH, ZoneId.of("America/Denver"), plan, "business-mt",
                        "CALLTOWER_EN");
    }

    private static Instant moment(String name) {
        return OffsetDateTime.parse(name.equals("FRIDAY_NIGHT_QUITO") ? FRIDAY_NIGHT_QUITO : FRIDAY_AFTERNOON_DENVER)
                .toInstant();
    }

    private static String text(SlaTarget target) {
        return target == null ? null : target.text();
    }
}
