package io.casedesk.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * A named business calendar: a time zone, weekly opening hours, the public holidays of a country
 * (computed by the Jollyday library, from its own data or from a holiday file of the installation such as
 * {@code classpath:holidays/ec.xml}) and extra closures. All arithmetic happens on instants in the
 * calendar's own zone, so the answer does not depend on the time zone of the machine, and DST
 * changes shorten or lengthen the affected windows by exactly the hour they gain or lose.
 */
public final class BusinessCalendar {

    /** Longest stretch searched for the next open window before a calendar is declared never open. */
    private static final int SEARCH_DAYS = 3 * 366;

    private record Interval(Instant start, Instant end) {
    }

    private final String name;
    private final ZoneId zone;
    private final OpeningHours hours;
    private final HolidayManager holidayManager;
    private final String[] holidayRegions;
    private final List<String> openingHours;
    private final Set<LocalDate> closures;
    /** Closures operators add while Casedesk runs ({@link CalendarClosures}). */
    private volatile Set<LocalDate> addedClosures = Set.of();
    private final boolean alwaysOpenByDefinition;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    BusinessCalendar(String name, CalendarProperties.Definition definition) {
        this.name = name;
        this.zone = definition.zone();
        this.hours = OpeningHours.parse(definition.hours());
        this.openingHours = List.copyOf(definition.hours());
        this.closures = Set.copyOf(definition.closures());
        String holidays = definition.holidays().strip();
        if (holidays.isBlank()) {
            this.holidayManager = null;
            this.holidayRegions = new String[0];
        } else if (holidays.contains(":")) {
            this.holidayManager = HolidayManager.getInstance(ManagerParameters.create(holidayFile(name, holidays)));
            this.holidayRegions = new String[0];
        } else {
            String[] parts = holidays.toLowerCase(Locale.ROOT).split("/");
            this.holidayManager = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
            this.holidayRegions = Arrays.copyOfRange(parts, 1, parts.length);
        }
        this.alwaysOpenByDefinition = hours.alwaysOpen() && holidayManager == null && closures.isEmpty();
    }

    /** A holiday file in Jollyday's format, given as a Spring resource location ({@code classpath:}, {@code file:}). */
    private static URL holidayFile(String calendar, String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("The holidays of the business calendar '" + calendar + "' are not found at "
                    + location);
        }
        try {
            return resource.getURL();
        } catch (IOException e) {
            throw new UncheckedIOException("The holidays of the business calendar '" + calendar + "' cannot be read from "
                    + location, e);
        }
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A working day has opening hours and is neither a public holiday nor an extra closure. */
    public boolean isWorkingDay(LocalDate date) {
        return !hours.on(date.getDayOfWeek()).isEmpty() && !closures.contains(date) && !addedClosures.contains(date)
                && !isHoliday(date);
    }

    /** The weekly opening windows as configured, e.g. {@code MON-FRI 08:00-17:00}. */
    public List<String> openingHours() {
        return openingHours;
    }

    /** The closures of the configuration (the ones operators add are {@link CalendarClosures}'). */
    public Set<LocalDate> configuredClosures() {
        return closures;
    }

    /** The public holidays of a year, by date, with their names in the language asked. */
    public Map<LocalDate, String> holidays(int year, Locale locale) {
        if (holidayManager == null) {
            return Map.of();
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidayManager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, holidayRegions)
                .forEach(holiday -> holidays.put(holiday.getDate(), holiday.getDescription(locale)));
        return holidays;
    }

    void useAddedClosures(Set<LocalDate> dates) {
        addedClosures = Set.copyOf(dates);
    }

    private boolean alwaysOpen() {
        return alwaysOpenByDefinition && addedClosures.isEmpty();
    }

    public boolean isHoliday(LocalDate date) {
        return holidayManager != null
                && holidaysByYear.computeIfAbsent(date.getYear(), this::loadHolidays).contains(date);
    }

    private Set<LocalDate> loadHolidays(int year) {
        return holidayManager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, holidayRegions).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isOpen(Instant instant) {
        return openIntervals(localDate(instant)).stream()
                .anyMatch(i -> !instant.isBefore(i.start()) && instant.isBefore(i.end()));
    }

    /** The instant itself when open, otherwise the start of the next opening window. */
    public Instant nextOpening(Instant from) {
        LocalDate date = localDate(from);
        for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
            for (Interval interval : openIntervals(date)) {
                if (interval.end().isAfter(from)) {
                    return interval.start().isAfter(from) ? interval.start() : from;
                }
            }
        }
        throw neverOpen();
    }

    /**
     * {@code days} working days later at the same local time: Friday 16:30 plus two business days is
     * Tuesday 16:30 when Monday and Tuesday are working days. Zero days is the instant itself.
     */
    public Instant plusBusinessDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        LocalDate date = local.toLocalDate();
        for (int counted = 0, searched = 0; counted < days; searched++) {
            if (searched > SEARCH_DAYS) {
                throw neverOpen();
            }
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return ZonedDateTime.ofLocal(date.atTime(local.toLocalTime()), zone, null).toInstant();
    }

    /**
     * Adds a duration counted only while the calendar is open: Friday 16:30 plus four business hours
     * on a 08:00-17:00 calendar is Monday 11:30.
     */
    public Instant plusOpenTime(Instant from, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        if (duration.isZero()) {
            return from;
        }
        if (alwaysOpen()) {
            return from.plus(duration);
        }
        Duration remaining = duration;
        LocalDate date = localDate(from);
        for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
            for (Interval interval : openIntervals(date)) {
                if (!interval.end().isAfter(from)) {
                    continue;
                }
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Duration available = Duration.between(start, interval.end());
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw neverOpen();
    }

    /** Open time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration openTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        for (LocalDate date = localDate(from); !date.isAfter(localDate(to)); date = date.plusDays(1)) {
            for (Interval interval : openIntervals(date)) {
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Instant end = interval.end().isBefore(to) ? interval.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The close of the business day in progress, or of the next working day when today's is over. */
    public Instant endOfBusinessDay(Instant from) {
        LocalDate date = localDate(from);
        for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
            List<Interval> intervals = openIntervals(date);
            if (!intervals.isEmpty() && intervals.get(intervals.size() - 1).end().isAfter(from)) {
                return intervals.get(intervals.size() - 1).end();
            }
        }
        throw neverOpen();
    }

    /**
     * The close of the last working day of the current week (Monday to Sunday); when that close has
     * passed, the close of the last working day of the next week that has one.
     */
    public Instant endOfBusinessWeek(Instant from) {
        LocalDate monday = localDate(from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < SEARCH_DAYS / 7; week++, monday = monday.plusWeeks(1)) {
            for (LocalDate date = monday.plusDays(6); !date.isBefore(monday); date = date.minusDays(1)) {
                List<Interval> intervals = openIntervals(date);
                if (!intervals.isEmpty()) {
                    Instant close = intervals.get(intervals.size() - 1).end();
                    if (close.isAfter(from)) {
                        return close;
                    }
                    break;
                }
            }
        }
        throw neverOpen();
    }

    private List<Interval> openIntervals(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>();
        for (OpeningHours.Window window : hours.on(date.getDayOfWeek())) {
            Instant start = ZonedDateTime.ofLocal(date.atTime(window.start()), zone, null).toInstant();
            Instant end = window.end() == null
                    ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.ofLocal(date.atTime(window.end()), zone, null).toInstant();
            Interval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null && !start.isAfter(last.end())) {
                intervals.set(intervals.size() - 1, new Interval(last.start(), end.isAfter(last.end()) ? end : last.end()));
            } else {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private IllegalStateException neverOpen() {
        return new IllegalStateException("Business calendar '" + name + "' has no opening hours in the next three years");
    }

    @Override
    public String toString() {
        return name + " (" + zone + ")";
    }
}
