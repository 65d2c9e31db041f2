package io.casedesk.macd;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.supportcase.CaseSteps;

/** When and by whom an approved MACD request is worked, and what the agent who carries it out reads. */
@Service
@Transactional
class MacdScheduling {

    /** When and by whom the request is worked. */
    record Schedule(Instant startsAt, boolean waits, String group) {
    }

    private final MacdRequestRepository requests;
    private final MacdTexts texts;
    private final MacdSummary summary;
    private final MacdProperties properties;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final BusinessCalendars calendars;
    private final Clock clock;

    MacdScheduling(MacdRequestRepository requests, MacdTexts texts, MacdSummary summary, MacdProperties properties,
            CaseSteps caseSteps, CustomerDirectory directory, BusinessCalendars calendars, Clock clock) {
        this.requests = requests;
        this.texts = texts;
        this.summary = summary;
        this.properties = properties;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * When the work starts: at once inside extended business hours; outside them a standard request
     * waits for the next opening, an expedited one goes to the 24x7 team at once.
     */
    Schedule schedule(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        OrganizationInfo org = directory.organization(request.organizationCode());
        Instant now = Instant.now(clock);
        BusinessCalendar extended = calendars.get(properties.extendedHoursCalendar());
        Schedule schedule;
        if (extended.isOpen(now)) {
            schedule = new Schedule(now, false, properties.workGroup());
        } else if (request.expedited()) {
            schedule = new Schedule(now, false, properties.afterHoursGroup());
            caseSteps.takeOver(caseNumber, schedule.group(), texts.text(org, "after-hours"), MacdIntake.SYSTEM);
        } else {
            schedule = new Schedule(extended.nextOpening(now), true, properties.workGroup());
            caseSteps.record(caseNumber, texts.text(org, "scheduled", texts.time(org, schedule.startsAt())),
                    MacdIntake.SYSTEM);
        }
        request.scheduled(schedule.startsAt());
        return schedule;
    }

    /** The request as the agent who carries it out reads it: the task and a Markdown list of its fields. */
    @Transactional(readOnly = true)
    Map<String, Object> briefing(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        List<String> lines = summary.fields(Locale.ENGLISH, caseSteps.details(caseNumber)).stream()
                .map(line -> "- " + line).toList();
        return Map.of(MacdRequestProcess.MACD_TASK_LABEL, texts.task(Locale.ENGLISH, request.task()),
                MacdRequestProcess.MACD_REQUEST_FIELDS, String.join("\n", lines), MacdFields.EXPEDITED, request.expedited());
    }
}
