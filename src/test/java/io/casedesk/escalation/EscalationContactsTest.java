package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.sla.ShippedCalendars;
import io.casedesk.support.DecisionTables;
import io.casedesk.support.ShippedConfiguration;

/**
 * The {@code EscalationContacts} table on hard moments: shift and on-call windows in Mountain time, the
 * weekend and holidays of the provider's calendar, the DST switch in Denver; the English and Spanish editions of
 * the CallTower path and the Cirion (Ecuadorian) path. It runs on an engine of its own that holds only the table.
 */
class EscalationContactsTest {

    static ProcessEngine engine;
    static EscalationProperties properties;
    static EscalationContacts contacts;
    static RepositoryService repository;

    @BeforeAll
    static void deployTheTableAlone() {
        engine = DecisionTables.engineWith("escalation-contacts.dmn");
        properties = ShippedConfiguration.bind("casedesk.escalation", EscalationProperties.class);
        contacts = new EscalationContacts(engine.getDecisionService(), engine.getIdentityService(), ShippedCalendars.load(),
                properties);
        repository = engine.getRepositoryService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @ParameterizedTest(name = "{0} {1} level {2} at {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CALLTOWER_ES    | NETWORK         | 1 | 2026-03-14T03:00:00-06:00 | SUPPORT_DUTY_LEAD
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-11T09:00:00-06:00 | GLOBAL_ESCALATION_MANAGER CISCO_SUPPORT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-11T17:00:00-06:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-11T19:00:00-06:00 | GLOBAL_ESCALATION_MANAGER SHIFT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-12T02:59:00-06:00 | GLOBAL_ESCALATION_MANAGER SHIFT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-12T03:00:00-06:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | MICROSOFT_TEAMS | 2 | 2026-03-11T06:59:00-06:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | MICROSOFT_TEAMS | 2 | 2026-03-11T07:00:00-06:00 | GLOBAL_ESCALATION_MANAGER MICROSOFT_SUPPORT_SUPERVISOR SENIOR_TECHNICAL_SUPPORT_MANAGER
            CALLTOWER_ES    | NETWORK         | 2 | 2026-03-11T06:00:00-06:00 | GLOBAL_ESCALATION_MANAGER NOC_MANAGER
            CALLTOWER_ES    | NETWORK         | 2 | 2026-03-11T15:00:00-06:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | CONTACT_CENTER  | 2 | 2026-03-11T08:30:00-06:00 | GLOBAL_ESCALATION_MANAGER CONTACT_CENTER_CARE_MANAGER
            CALLTOWER_ES    | CONTACT_CENTER  | 2 | 2026-03-11T16:30:00-06:00 | GLOBAL_ESCALATION_MANAGER CONTACT_CENTER_CARE_MANAGER CLOUD_SUPPORT_MANAGER
            CALLTOWER_ES    | CLOUD_PBX       | 2 | 2026-03-14T10:00:00-06:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | CLOUD_PBX       | 2 | 2026-11-26T10:00:00-07:00 | GLOBAL_ESCALATION_MANAGER
            CALLTOWER_ES    | CLOUD_PBX       | 2 | 2026-11-27T10:00:00-07:00 | GLOBAL_ESCALATION_MANAGER CLOUD_SUPPORT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-03-09T08:30:00-06:00 | GLOBAL_ESCALATION_MANAGER CISCO_SUPPORT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-11-02T08:30:00-07:00 | GLOBAL_ESCALATION_MANAGER CISCO_SUPPORT_MANAGER
            CALLTOWER_ES    | CISCO_WEBEX     | 2 | 2026-11-01T01:30:00-07:00 | GLOBAL_ESCALATION_MANAGER SHIFT_MANAGER
            CALLTOWER_ES    | NETWORK         | 3 | 2026-03-11T09:00:00-06:00 | VP_CUSTOMER_CARE
            CALLTOWER_ES    | NETWORK         | 4 | 2026-03-11T09:00:00-06:00 | CEO
            CALLTOWER_ES    | NETWORK         | 5 | 2026-03-11T09:00:00-06:00 |
            CIRION          | NETWORK         | 1 | 2026-03-11T08:00:00-05:00 | TSC_SUPERVISOR
            CIRION          | NETWORK         | 1 | 2026-03-11T18:00:00-05:00 | AFTER_HOURS_LINE
            CIRION          | NETWORK         | 2 | 2026-03-11T17:59:00-05:00 | TECH_OPERATIONS_MANAGER
            CIRION          | NETWORK         | 3 | 2026-03-11T12:00:00-05:00 | SENIOR_TECH_OPERATIONS_MANAGER
            CIRION          | NETWORK         | 2 | 2026-03-14T12:00:00-05:00 | AFTER_HOURS_LINE
            CIRION          | NETWORK         | 2 | 2026-01-01T12:00:00-05:00 | AFTER_HOURS_LINE
            CIRION          | NETWORK         | 4 | 2026-03-11T12:00:00-05:00 |
            CALLTOWER_EN    | NETWORK         | 1 | 2026-03-14T03:00:00-06:00 | SUPPORT_DUTY_LEAD
            CALLTOWER_EN    | CISCO_WEBEX     | 2 | 2026-03-11T09:00:00-06:00 | CISCO_SUPPORT_MANAGER
            CALLTOWER_EN    | CISCO_WEBEX     | 2 | 2026-03-11T16:59:00-06:00 | CISCO_SUPPORT_MANAGER
            CALLTOWER_EN    | CISCO_WEBEX     | 2 | 2026-03-11T17:00:00-06:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | MICROSOFT_TEAMS | 2 | 2026-03-12T07:59:00-06:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | MICROSOFT_TEAMS | 2 | 2026-03-12T08:00:00-06:00 | MICROSOFT_SUPPORT_MANAGER
            CALLTOWER_EN    | CLOUD_PBX       | 2 | 2026-03-13T18:30:00-06:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | CLOUD_PBX       | 2 | 2026-03-14T10:00:00-06:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | CONTACT_CENTER  | 2 | 2026-03-16T10:00:00-06:00 | CLOUD_SUPPORT_MANAGER
            CALLTOWER_EN    | NETWORK         | 2 | 2026-11-26T10:00:00-07:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | SIP_TRUNKING    | 2 | 2026-11-01T01:30:00-07:00 | ON_CALL_MANAGER
            CALLTOWER_EN    | NETWORK         | 2 | 2026-03-09T16:59:00-06:00 | NOC_MANAGER
            CALLTOWER_EN    | NETWORK         | 3 | 2026-03-14T10:00:00-06:00 | VP_CUSTOMER_CARE
            CALLTOWER_EN    | NETWORK         | 4 | 2026-03-14T10:00:00-06:00 | CEO
            CALLTOWER_EN    | NETWORK         | 5 | 2026-03-14T10:00:00-06:00 |
            """)
    void rolesOfALevelAtAMoment(String path, String productLine, int level, String at, String roles) {
        List<String> expected = roles == null ? List.of() : Arrays.asList(roles.split(" "));

        assertThat(contacts.roles(path, productLine, level, OffsetDateTime.parse(at).toInstant())).isEqualTo(expected);
    }

    @Test
    void everyRoleOfTheTableHasAnAddressInConfiguration() {
        var decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey(EscalationContacts.DECISION_KEY)
                .latestVersion().singleResult();
        var model = Dmn.readModelFromStream(repository.getResourceAsStream(decision.getDeploymentId(),
                decision.getResourceName()));
        List<String> roles = model.getModelElementsByType(OutputEntry.class).stream()
                .map(entry -> entry.getText().getTextContent().replace("\"", "")).distinct().toList();

        assertThat(roles).hasSizeGreaterThan(10);
        assertThat(roles).allSatisfy(role -> {
            assertThat(properties.roles()).containsKey(role);
            assertThat(properties.roles().get(role).email()).contains("@");
        });
    }
}
