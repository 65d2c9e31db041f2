package io.casedesk.sla;

import io.casedesk.support.ShippedConfiguration;

/** The business calendars of {@code application.yaml}, for tests of what runs on them. */
public final class ShippedCalendars {

    private ShippedCalendars() {
    }

    public static BusinessCalendars load() {
        return new BusinessCalendars(ShippedConfiguration.bind("casedesk", CalendarProperties.class));
    }
}
