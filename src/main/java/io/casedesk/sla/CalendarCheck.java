package io.casedesk.sla;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.OrganizationRegistered;

/** Refuses an organization whose contract names a business calendar or an SLA plan that Casedesk does not know. */
@Component
class CalendarCheck {

    private final BusinessCalendars calendars;
    private final SlaPolicy policy;

    CalendarCheck(BusinessCalendars calendars, SlaPolicy policy) {
        this.calendars = calendars;
        this.policy = policy;
    }

    @EventListener
    void on(OrganizationRegistered event) {
        try {
            calendars.get(event.organization().calendar());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException(unknown.getMessage());
        }
        String plan = event.organization().slaPlan();
        if (!policy.knowsPlan(plan)) {
            throw new InvalidRequestException("Unknown SLA plan '" + plan + "': the SLA targets table has no rows for it.");
        }
    }
}
