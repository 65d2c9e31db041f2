package io.casedesk.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarClosureRepository extends JpaRepository<CalendarClosure, Long> {

    List<CalendarClosure> findByCalendarOrderByFirstDay(String calendar);
}
