package io.casedesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days a business calendar is closed beyond its holidays, as an operator entered them. */
@Entity
@Table(name = "calendar_closure")
class CalendarClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String calendar;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected CalendarClosure() {
    }

    CalendarClosure(String calendar, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy,
            Instant createdAt) {
        this.calendar = calendar;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String calendar() {
        return calendar;
    }

    CalendarClosures.Closure view() {
        return new CalendarClosures.Closure(id, calendar, firstDay, lastDay, reason, createdBy, createdAt);
    }

    Stream<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1));
    }
}
