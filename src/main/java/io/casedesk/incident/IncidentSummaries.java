package io.casedesk.incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import io.casedesk.common.AsSystem;
import io.casedesk.common.LocalTimes;
import io.casedesk.customer.OrganizationInfo;

/**
 * What the customer reads about each step, in the organization's language and time zone
 * ({@code i18n/incident*.properties}).
 */
@Component
class IncidentSummaries {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final IdentityService identityService;

    IncidentSummaries(IdentityService identityService) {
        this.identityService = identityService;
        messages.setBasename("i18n/incident");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    String registration(OrganizationInfo org, Map<String, Object> details) {
        Object direction = details.get(IncidentFacts.DIRECTION);
        return text(org, "registration", details.get(IncidentFacts.SYMPTOMS), orDash(details.get(IncidentFacts.EXTENSION)),
                direction == null ? "—" : text(org, "direction." + direction),
                orDash(details.get(IncidentFacts.COUNTERPART_NUMBER)),
                time(org, IncidentFacts.instant(details.get(IncidentFacts.OCCURRED_AT), org.timeZone())),
                orDash(details.get(IncidentFacts.CONTACT)));
    }

    String diagnosis(OrganizationInfo org, String cause, String plan, Incident.Remedy remedy) {
        return text(org, "diagnosis", cause, plan, text(org, "remedy." + remedy.name()));
    }

    String execution(OrganizationInfo org, String actions) {
        return text(org, "execution", actions);
    }

    String dispatch(OrganizationInfo org, String technician, String address, Instant from, Instant due) {
        return text(org, "dispatch", person(technician), address, time(org, from), time(org, due));
    }

    String arrival(OrganizationInfo org, String technician, Instant at) {
        return text(org, "arrival", person(technician), time(org, at));
    }

    String fieldWork(OrganizationInfo org, String result) {
        return text(org, "field-work", result);
    }

    String verification(OrganizationInfo org, String failure, String planExecuted, Instant solvedAt, String confirmedBy) {
        return text(org, "verification", failure, planExecuted, time(org, solvedAt), confirmedBy);
    }

    String stability(OrganizationInfo org, boolean stable, String evidence) {
        return text(org, stable ? "stability.stable" : "stability.unstable", evidence);
    }

    String closure(OrganizationInfo org, String failure, String solution, Long outageMinutes) {
        String outage = outageMinutes == null ? text(org, "outage.unknown")
                : IncidentFacts.describe(Duration.ofMinutes(outageMinutes));
        return text(org, "closure", failure, solution, outage);
    }

    private String text(OrganizationInfo org, String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.locale());
    }

    private String person(String login) {
        if (login == null) {
            return "—";
        }
        User user = AsSystem.call(identityService,
                () -> identityService.createUserQuery().userId(login).singleResult());
        return user == null ? login : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private static String time(OrganizationInfo org, Instant at) {
        return LocalTimes.describe(at, org.timeZone(), org.locale());
    }

    private static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
