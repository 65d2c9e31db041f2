package io.casedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How staff read a time: in the customer's zone, named, with their own beside it where the zones differ. */
class ViewerTest {

    @ParameterizedTest(name = "{0} for a customer in {1}, read in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06T23:00:00Z | America/Denver    | America/Denver | Mar 6, 2026, 4:00 PM (America/Denver)
            2026-03-06T23:00:00Z | America/Guayaquil | America/Denver | Mar 6, 2026, 6:00 PM (America/Guayaquil) · 4:00 PM (America/Denver)
            2026-03-07T03:30:00Z | America/Denver    | Europe/Madrid  | Mar 6, 2026, 8:30 PM (America/Denver) · 4:30 AM +1 d (Europe/Madrid)
            2026-03-08T09:30:00Z | America/Denver    | America/Costa_Rica | Mar 8, 2026, 3:30 AM (America/Denver) · 3:30 AM (America/Costa_Rica)
            2026-03-08T08:30:00Z | America/Denver    | America/Costa_Rica | Mar 8, 2026, 1:30 AM (America/Denver) · 2:30 AM (America/Costa_Rica)
            2026-11-01T07:30:00Z | America/Denver    | UTC            | Nov 1, 2026, 1:30 AM (America/Denver) · 7:30 AM (UTC)
            2026-11-01T08:30:00Z | America/Denver    | UTC            | Nov 1, 2026, 1:30 AM (America/Denver) · 8:30 AM (UTC)
            2026-12-31T23:30:00Z | Asia/Tokyo        | America/Denver | Jan 1, 2027, 8:30 AM (Asia/Tokyo) · 4:30 PM -1 d (America/Denver)
            """)
    void namesTheCustomersZoneAndTheAgentsBesideIt(Instant at, ZoneId customer, ZoneId agent, String expected) {
        assertThat(new Viewer("l1", agent, Locale.US).time(at, customer).replace('\u202f', ' ')).isEqualTo(expected);
    }

    @ParameterizedTest(name = "due {1} at {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06T16:00:00Z | 2026-03-06T18:05:00Z | en | due in 2 h 5 min
            2026-03-06T16:00:00Z | 2026-03-06T16:00:30Z | en | due in 1 min
            2026-03-06T16:00:00Z | 2026-03-09T17:00:00Z | en | due in 3 d 1 h
            2026-03-06T16:00:00Z | 2026-03-06T15:00:00Z | en | overdue by 1 h 0 min
            2026-03-06T16:00:00Z | 2026-03-05T13:00:00Z | es | vencido hace 1 d 3 h
            2026-03-06T16:00:00Z | 2026-03-06T16:45:00Z | es | vence en 45 min
            """)
    void saysHowLongUntilOrSinceADueTime(Instant now, Instant due, String language, String expected) {
        assertThat(new Viewer("l1", ZoneId.of("UTC"), Locale.forLanguageTag(language)).dueIn(due, now)).isEqualTo(expected);
    }
}
