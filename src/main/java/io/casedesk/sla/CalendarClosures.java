package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;

/**
 * Closures of business calendars as data: operators add and remove them while Casedesk runs. A change
 * applies to SLA clocks that start afterwards; every node reads the closures again at most
 * {@link BusinessCalendars#CLOSURES_REREAD} after a change.
 */
@Service
public class CalendarClosures {

    /** One closure: from its first to its last day, both included. */
    public record Closure(Long id, String calendar, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy,
            Instant createdAt) {
    }

    static final int MAX_DAYS = 366;

    private final CalendarClosureRepository closures;
    private final BusinessCalendars calendars;
    private final Clock clock;

    CalendarClosures(CalendarClosureRepository closures, BusinessCalendars calendars, Clock clock) {
        this.closures = closures;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Closure> of(String calendar) {
        return closures.findByCalendarOrderByFirstDay(calendar).stream().map(CalendarClosure::view).toList();
    }

    @Transactional
    public Closure add(String calendar, LocalDate firstDay, LocalDate lastDay, String reason, String actor) {
        if (!calendars.exists(calendar)) {
            throw new NotFoundException("Unknown business calendar '" + calendar + "'.");
        }
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new InvalidRequestException("Give the first and the last day of the closure, the last not before the first.");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new InvalidRequestException("A closure lasts at most " + MAX_DAYS + " days.");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new InvalidRequestException("Give the reason of the closure (at most 200 characters).");
        }
        CalendarClosure closure = closures.save(new CalendarClosure(calendar, firstDay, lastDay, reason.strip(), actor,
                clock.instant()));
        calendars.useAddedClosures(addedClosures());
        return closure.view();
    }

    @Transactional
    public void remove(String calendar, long id) {
        CalendarClosure closure = closures.findById(id).filter(c -> c.calendar().equals(calendar))
                .orElseThrow(() -> new NotFoundException("No closure " + id + " in the calendar '" + calendar + "'."));
        closures.delete(closure);
        closures.flush();
        calendars.useAddedClosures(addedClosures());
    }

    /** Every added closure day, by calendar. */
    Map<String, Set<LocalDate>> addedClosures() {
        return closures.findAll().stream().collect(Collectors.groupingBy(CalendarClosure::calendar,
                Collectors.flatMapping(CalendarClosure::days, Collectors.toSet())));
    }
}
