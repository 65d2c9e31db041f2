package io.casedesk.sla;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.customer.OrganizationRegistered;

/** Refuses an organization whose contract names a business calendar that is not configured. */
@Component
class CalendarCheck {

    private final BusinessCalendars calendars;

    CalendarCheck(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @EventListener
    void on(OrganizationRegistered event) {
        calendars.get(event.organization().calendar());
    }
}
