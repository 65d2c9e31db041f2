package io.casedesk.escalation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.casedesk.common.AsSystem;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;

/**
 * Reads the decision {@code EscalationContacts} ({@code processes/escalation-contacts.dmn}): which roles a
 * level of escalation reaches on an organization's escalation path and product line at a given moment, read on
 * the provider's calendar of the path (day type and local time, for on-call and shift windows).
 */
@Component
class EscalationContacts {

    static final String DECISION_KEY = "EscalationContacts";

    /** Kinds of day the table distinguishes. */
    enum DayType {
        WEEKDAY, WEEKEND, HOLIDAY
    }

    private final DecisionService decisions;
    private final IdentityService identityService;
    private final BusinessCalendars calendars;
    private final EscalationProperties properties;

    EscalationContacts(DecisionService decisions, IdentityService identityService, BusinessCalendars calendars,
            EscalationProperties properties) {
        this.decisions = decisions;
        this.identityService = identityService;
        this.calendars = calendars;
        this.properties = properties;
    }

    /** The roles to notify, in table order, without repeats; empty when the path has no such level. */
    List<String> roles(String path, String productLine, int level, Instant at) {
        BusinessCalendar calendar = calendars.get(properties.calendarOf(path));
        ZonedDateTime local = at.atZone(calendar.zone());
        var input = Variables.createVariables()
                .putValue("escalationPath", path)
                .putValue("productLine", productLine)
                .putValue("level", level)
                .putValue("localTime", local.toLocalTime().truncatedTo(ChronoUnit.SECONDS))
                .putValue("dayType", dayType(calendar, local.toLocalDate()).name());
        return AsSystem.call(identityService, () -> decisions.evaluateDecisionByKey(DECISION_KEY).variables(input)
                .evaluate().collectEntries("role").stream().map(Object::toString).filter(Objects::nonNull).distinct()
                .toList());
    }

    static DayType dayType(BusinessCalendar calendar, LocalDate date) {
        if (calendar.isHoliday(date)) {
            return DayType.HOLIDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WEEKDAY;
    }
}
