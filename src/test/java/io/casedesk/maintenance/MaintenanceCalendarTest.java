package io.casedesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.sla.ShippedCalendars;
import io.casedesk.support.ShippedConfiguration;

/**
 * The planned maintenance calendar on hard dates: the monthly window (third Friday, 22:00–04:00 Mountain
 * time) across a year with both DST switches and a holiday on the third Friday, and the release cadence; on the
 * calendars and settings as shipped, without the application.
 */
class MaintenanceCalendarTest {

    static final MaintenanceCalendar calendar = new MaintenanceCalendar(
            ShippedConfiguration.bind("casedesk.maintenance", MaintenanceProperties.class), ShippedCalendars.load());

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "2026-01, 2026-01-16T22:00-07:00, 2026-01-17T04:00-07:00",
        "2026-02, 2026-02-20T22:00-07:00, 2026-02-21T04:00-07:00",
        // daylight saving time started on March 8: Mountain daylight time, six hours behind UTC
        "2026-03, 2026-03-20T22:00-06:00, 2026-03-21T04:00-06:00",
        "2026-04, 2026-04-17T22:00-06:00, 2026-04-18T04:00-06:00",
        "2026-05, 2026-05-15T22:00-06:00, 2026-05-16T04:00-06:00",
        // the third Friday, June 19, is Juneteenth: the window moves a week later
        "2026-06, 2026-06-26T22:00-06:00, 2026-06-27T04:00-06:00",
        "2026-07, 2026-07-17T22:00-06:00, 2026-07-18T04:00-06:00",
        "2026-08, 2026-08-21T22:00-06:00, 2026-08-22T04:00-06:00",
        "2026-09, 2026-09-18T22:00-06:00, 2026-09-19T04:00-06:00",
        "2026-10, 2026-10-16T22:00-06:00, 2026-10-17T04:00-06:00",
        // daylight saving time ended on November 1: back to Mountain standard time
        "2026-11, 2026-11-20T22:00-07:00, 2026-11-21T04:00-07:00",
        "2026-12, 2026-12-18T22:00-07:00, 2026-12-19T04:00-07:00",
    })
    void monthlyWindowIsOnTheThirdFridayEveningMountainTime(String month, String start, String end) {
        MaintenanceCalendar.Slot slot = calendar.monthly(YearMonth.parse(month));

        assertThat(slot.start()).isEqualTo(OffsetDateTime.parse(start).toInstant());
        assertThat(slot.end()).isEqualTo(OffsetDateTime.parse(end).toInstant());
        assertThat(slot.key()).isEqualTo("MONTHLY-" + month);
    }

    @Test
    void releasesComeEveryThreeWeeksOnTuesdayEvening() {
        var slots = calendar.releases(instant("2026-03-01T00:00-07:00"), instant("2026-05-01T00:00-06:00"));

        assertThat(slots).extracting(slot -> slot.start().atZone(ZoneId.of("America/Denver")).toOffsetDateTime().toString())
                .containsExactly("2026-03-10T21:00-06:00", "2026-03-31T21:00-06:00", "2026-04-21T21:00-06:00");
        assertThat(slots).allSatisfy(slot -> assertThat(slot.end()).isEqualTo(slot.start().plusSeconds(7200)));
    }

    @ParameterizedTest(name = "{0} to {1}: business hours {2}")
    @CsvSource({
        "2026-03-11T14:00-06:00, 2026-03-11T15:00-06:00, true",
        "2026-03-11T01:00-06:00, 2026-03-11T03:00-06:00, false",
        "2026-03-11T23:00-06:00, 2026-03-12T05:00-06:00, false",
        "2026-03-11T23:00-06:00, 2026-03-12T05:30-06:00, true",
        "2026-03-11T04:30-06:00, 2026-03-11T05:15-06:00, true",
    })
    void unscheduledWorkInBusinessHoursIsNoticed(String start, String end, boolean inside) {
        assertThat(calendar.touchesBusinessHours(instant(start), instant(end))).isEqualTo(inside);
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
