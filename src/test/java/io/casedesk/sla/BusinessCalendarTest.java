package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The business calendars as shipped in {@code application.yaml}, checked on hard dates: Friday
 * evenings, national holidays of the demo organizations' countries (US, Ecuador, Costa Rica), the
 * DST switches in America/Denver and a machine whose own time zone is far away.
 */
class BusinessCalendarTest {

    static BusinessCalendars calendars;

    @BeforeAll
    static void loadShippedCalendars() {
        calendars = ShippedCalendars.load();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} business days = {3}")
    @CsvSource(textBlock = """
            # calendar,  from,                       days, expected
            business-mt, 2026-03-13T15:00:00-06:00,  2,    2026-03-17T15:00:00-06:00
            business-mt, 2026-03-13T16:59:00-06:00,  2,    2026-03-17T16:59:00-06:00
            business-mt, 2026-03-14T10:00:00-06:00,  2,    2026-03-17T10:00:00-06:00
            business-mt, 2026-03-06T16:30:00-07:00,  2,    2026-03-10T16:30:00-06:00
            business-mt, 2026-10-30T16:30:00-06:00,  2,    2026-11-03T16:30:00-07:00
            business-mt, 2026-11-25T09:00:00-07:00,  2,    2026-11-30T09:00:00-07:00
            business-mt, 2026-07-02T10:00:00-06:00,  1,    2026-07-06T10:00:00-06:00
            business-mt, 2026-03-11T10:00:00-06:00,  0,    2026-03-11T10:00:00-06:00
            business-ec, 2026-10-30T16:00:00-05:00,  2,    2026-11-05T16:00:00-05:00
            business-ec, 2026-08-08T10:00:00-05:00,  1,    2026-08-11T10:00:00-05:00
            business-cr, 2026-09-14T10:00:00-06:00,  2,    2026-09-17T10:00:00-06:00
            business-cr, 2026-12-23T12:00:00-06:00,  2,    2026-12-28T12:00:00-06:00
            always,      2026-03-13T15:00:00Z,       2,    2026-03-15T15:00:00Z
            """)
    void businessDaysAreWorkingDaysLaterAtTheSameLocalTime(String calendar, OffsetDateTime from, int days,
            OffsetDateTime expected) {
        assertThat(calendars.get(calendar).plusBusinessDays(from.toInstant(), days)).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0}: {1} + {2} open = {3}")
    @CsvSource(textBlock = """
            # calendar,    from,                       duration, expected
            business-mt,   2026-03-13T16:30:00-06:00,  PT4H,     2026-03-16T11:30:00-06:00
            business-mt,   2026-05-22T15:00:00-06:00,  PT4H,     2026-05-26T10:00:00-06:00
            business-mt,   2026-03-06T16:00:00-07:00,  PT2H,     2026-03-09T09:00:00-06:00
            business-mt,   2026-03-11T06:00:00-06:00,  PT30M,    2026-03-11T08:30:00-06:00
            business-mt,   2026-03-11T16:00:00-06:00,  PT1H,     2026-03-11T17:00:00-06:00
            extended-mt,   2026-03-13T17:00:00-06:00,  PT4H,     2026-03-16T09:00:00-06:00
            latam-service, 2026-03-14T16:00:00-06:00,  PT2H,     2026-03-15T08:00:00-06:00
            business-ec,   2026-11-02T09:00:00-05:00,  PT1H,     2026-11-04T09:00:00-05:00
            always,        2026-03-08T01:50:00-07:00,  PT15M,    2026-03-08T03:05:00-06:00
            """)
    void hoursAndMinutesAreCountedInsideOpeningHours(String calendar, OffsetDateTime from, Duration duration,
            OffsetDateTime expected) {
        assertThat(calendars.get(calendar).plusOpenTime(from.toInstant(), duration)).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0}: end of business day after {1} = {2}")
    @CsvSource(textBlock = """
            business-mt, 2026-03-11T10:00:00-06:00,  2026-03-11T17:00:00-06:00
            business-mt, 2026-03-11T06:00:00-06:00,  2026-03-11T17:00:00-06:00
            business-mt, 2026-03-11T18:00:00-06:00,  2026-03-12T17:00:00-06:00
            business-mt, 2026-03-13T17:00:00-06:00,  2026-03-16T17:00:00-06:00
            business-mt, 2026-11-25T18:00:00-07:00,  2026-11-27T17:00:00-07:00
            business-cr, 2026-09-14T18:00:00-06:00,  2026-09-16T17:00:00-06:00
            """)
    void endOfBusinessDay(String calendar, OffsetDateTime from, OffsetDateTime expected) {
        assertThat(calendars.get(calendar).endOfBusinessDay(from.toInstant())).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0}: end of business week after {1} = {2}")
    @CsvSource(textBlock = """
            business-mt, 2026-03-09T10:00:00-06:00,  2026-03-13T17:00:00-06:00
            business-mt, 2026-03-13T18:00:00-06:00,  2026-03-20T17:00:00-06:00
            business-mt, 2026-06-29T10:00:00-06:00,  2026-07-02T17:00:00-06:00
            business-cr, 2026-12-21T09:00:00-06:00,  2026-12-24T17:00:00-06:00
            business-ec, 2026-04-01T09:00:00-05:00,  2026-04-02T17:00:00-05:00
            """)
    void endOfBusinessWeekIsTheCloseOfTheWeeksLastWorkingDay(String calendar, OffsetDateTime from,
            OffsetDateTime expected) {
        assertThat(calendars.get(calendar).endOfBusinessWeek(from.toInstant())).isEqualTo(expected.toInstant());
    }

    @Test
    void publicHolidaysComeFromTheCountrysHolidayCalendar() {
        assertThat(calendars.get("business-mt").isWorkingDay(LocalDate.parse("2026-11-26"))).as("Thanksgiving").isFalse();
        assertThat(calendars.get("business-mt").isWorkingDay(LocalDate.parse("2026-07-03"))).as("4 July observed").isFalse();
        assertThat(calendars.get("business-ec").isWorkingDay(LocalDate.parse("2026-08-10"))).as("Primer Grito").isFalse();
        assertThat(calendars.get("business-cr").isWorkingDay(LocalDate.parse("2026-09-15"))).as("Independencia").isFalse();
        assertThat(calendars.get("business-cr").isWorkingDay(LocalDate.parse("2026-09-16"))).isTrue();
        assertThat(calendars.get("always").isWorkingDay(LocalDate.parse("2026-12-25"))).isTrue();
    }

    /** The official lists of national holidays, as the ministries of labour and tourism publish them. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            # calendar, year, every holiday of the year
            business-cr, 2026, 2026-01-01 2026-04-02 2026-04-03 2026-04-11 2026-05-01 2026-07-25 2026-08-02 2026-08-15 2026-08-31 2026-09-15 2026-12-01 2026-12-25
            business-cr, 2027, 2027-01-01 2027-03-25 2027-03-26 2027-04-11 2027-05-01 2027-07-25 2027-08-02 2027-08-15 2027-08-31 2027-09-15 2027-12-01 2027-12-25
            business-ec, 2026, 2026-01-01 2026-02-16 2026-02-17 2026-04-03 2026-05-01 2026-05-25 2026-08-10 2026-10-09 2026-11-02 2026-11-03 2026-12-25
            business-ec, 2027, 2027-01-01 2027-02-08 2027-02-09 2027-03-26 2027-04-30 2027-05-24 2027-08-09 2027-10-08 2027-11-01 2027-11-02 2027-12-25
            """)
    void holidaysAreTheOfficialListOfTheCountry(String calendar, int year, String official) {
        BusinessCalendar business = calendars.get(calendar);
        List<LocalDate> holidays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(business::isHoliday).toList();
        assertThat(holidays).containsExactlyElementsOf(Arrays.stream(official.split(" ")).map(LocalDate::parse).toList());
    }

    @Test
    void holyWeekAndCarnivalAsEachCountryKeepsThem() {
        BusinessCalendar costaRica = calendars.get("business-cr");
        assertThat(costaRica.isWorkingDay(LocalDate.parse("2026-04-02"))).as("Holy Thursday in Costa Rica").isFalse();
        assertThat(costaRica.isWorkingDay(LocalDate.parse("2026-04-03"))).as("Good Friday in Costa Rica").isFalse();
        assertThat(costaRica.isWorkingDay(LocalDate.parse("2026-04-06"))).as("Easter Monday in Costa Rica").isTrue();
        BusinessCalendar ecuador = calendars.get("business-ec");
        assertThat(ecuador.isWorkingDay(LocalDate.parse("2026-02-16"))).as("Carnival Monday in Ecuador").isFalse();
        assertThat(ecuador.isWorkingDay(LocalDate.parse("2026-02-17"))).as("Carnival Tuesday in Ecuador").isFalse();
        assertThat(ecuador.isWorkingDay(LocalDate.parse("2026-04-02"))).as("Holy Thursday in Ecuador").isTrue();
        assertThat(ecuador.isWorkingDay(LocalDate.parse("2026-05-25"))).as("24 May, a Sunday, moved to Monday").isFalse();
        assertThat(ecuador.plusBusinessDays(OffsetDateTime.parse("2026-02-13T10:00:00-05:00").toInstant(), 1))
                .as("Friday before Carnival + 1 business day").isEqualTo(OffsetDateTime.parse("2026-02-18T10:00:00-05:00")
                        .toInstant());
    }

    @Test
    void openingHoursAreReadInTheCalendarsZone() {
        BusinessCalendar denver = calendars.get("business-mt");
        assertThat(denver.isOpen(Instant.parse("2026-03-11T14:00:00Z"))).as("08:00 MDT").isTrue();
        assertThat(denver.isOpen(Instant.parse("2026-03-11T13:59:00Z"))).as("07:59 MDT").isFalse();
        assertThat(denver.nextOpening(Instant.parse("2026-03-14T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-16T14:00:00Z"));
    }

    @Test
    void resultsDoNotDependOnTheMachinesTimeZone() {
        TimeZone original = TimeZone.getDefault();
        Instant friday = OffsetDateTime.parse("2026-03-06T16:30:00-07:00").toInstant();
        List<Instant> results = new ArrayList<>();
        try {
            for (String zone : List.of("UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                results.add(calendars.get("business-mt").plusBusinessDays(friday, 2));
                results.add(calendars.get("business-mt").plusOpenTime(friday, Duration.ofHours(4)));
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(results).containsOnly(OffsetDateTime.parse("2026-03-10T16:30:00-06:00").toInstant(),
                OffsetDateTime.parse("2026-03-09T11:30:00-06:00").toInstant());
    }

    @Test
    void malformedOpeningHoursAreRejectedWhenTheApplicationStarts() {
        assertThatThrownBy(() -> OpeningHours.parse(List.of("weekdays 8-5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MON-FRI 08:00-17:00");
        assertThatThrownBy(() -> OpeningHours.parse(List.of("MON 17:00-08:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end before they start");
        assertThatThrownBy(() -> calendars.get("mars")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("business-mt");
    }
}
