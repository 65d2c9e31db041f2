package io.casedesk.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;

/** When the planned maintenance windows fall: the monthly window and the release cadence, in the provider's zone. */
@Component
public class MaintenanceCalendar {

    /** A window's start and end. */
    public record Slot(String key, Instant start, Instant end) {
    }

    private final MaintenanceProperties properties;
    private final BusinessCalendars calendars;

    MaintenanceCalendar(MaintenanceProperties properties, BusinessCalendars calendars) {
        this.properties = properties;
        this.calendars = calendars;
    }

    /**
     * The monthly window of the month: the configured weekday of the configured week (third Friday),
     * moved a week later while that day is a public holiday.
     */
    public Slot monthly(YearMonth month) {
        MaintenanceProperties.Monthly monthly = properties.monthly();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(monthly.weekOfMonth(), monthly.day()));
        BusinessCalendar holidays = calendars.get(monthly.holidayCalendar());
        while (holidays.isHoliday(day)) {
            day = day.plusWeeks(1);
        }
        ZonedDateTime start = LocalDateTime.of(day, monthly.start()).atZone(properties.zone());
        return new Slot("MONTHLY-" + month, start.toInstant(), start.plus(monthly.length()).toInstant());
    }

    /** The release windows that start in {@code [from, to)}. */
    public List<Slot> releases(Instant from, Instant to) {
        MaintenanceProperties.Release release = properties.release();
        long everyDays = release.every().toDays();
        LocalDate first = release.firstRelease();
        LocalDate fromDay = from.atZone(properties.zone()).toLocalDate();
        long cycles = Math.max(0, ChronoUnit.DAYS.between(first, fromDay) / everyDays - 1);
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = first.plusDays(cycles * everyDays); ; day = day.plusDays(everyDays)) {
            ZonedDateTime start = LocalDateTime.of(day, release.start()).atZone(properties.zone());
            if (!start.toInstant().isBefore(to)) {
                return slots;
            }
            if (!start.toInstant().isBefore(from)) {
                slots.add(new Slot("RELEASE-" + day, start.toInstant(), start.plus(release.length()).toInstant()));
            }
        }
    }

    /** Whether any part of the window lies inside the provider's business hours (05:00–23:00 MT). */
    public boolean touchesBusinessHours(Instant start, Instant end) {
        MaintenanceProperties.Hours hours = properties.businessHours();
        for (ZonedDateTime day = start.atZone(properties.zone()).truncatedTo(ChronoUnit.DAYS);
                day.toInstant().isBefore(end); day = day.plusDays(1)) {
            Instant open = day.toLocalDate().atTime(hours.from()).atZone(properties.zone()).toInstant();
            Instant close = day.toLocalDate().atTime(hours.to()).atZone(properties.zone()).toInstant();
            if (start.isBefore(close) && end.isAfter(open)) {
                return true;
            }
        }
        return false;
    }
}
