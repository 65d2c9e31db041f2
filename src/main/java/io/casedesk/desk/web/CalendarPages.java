package io.casedesk.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.desk.Viewers;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.sla.CalendarClosures;

/**
 * The business calendars in the desk: zone, opening hours, the year's holidays and closures; operators and
 * administrators add and remove closures without a restart.
 */
@Controller
class CalendarPages {

    private final BusinessCalendars calendars;
    private final CalendarClosures closures;
    private final Clock clock;

    CalendarPages(BusinessCalendars calendars, CalendarClosures closures, Clock clock) {
        this.calendars = calendars;
        this.closures = closures;
        this.clock = clock;
    }

    @GetMapping("/desk/calendars")
    String list(Model model) {
        model.addAttribute("calendars", calendars.names().stream().sorted().map(calendars::get).toList());
        return "desk/calendars";
    }

    @GetMapping("/desk/calendars/{name}")
    String calendar(@PathVariable String name, @RequestParam(required = false) Integer year, Model model) {
        if (!calendars.exists(name)) {
            throw new NotFoundException("Unknown business calendar '" + name + "'.");
        }
        BusinessCalendar calendar = calendars.get(name);
        int shown = year != null && year > 1900 && year < 2200 ? year : LocalDate.now(clock.withZone(calendar.zone())).getYear();
        model.addAttribute("calendar", calendar);
        model.addAttribute("year", shown);
        model.addAttribute("holidays", calendar.holidays(shown, Viewers.language()));
        model.addAttribute("closures", closures.of(name));
        return "desk/calendar";
    }

    @PostMapping("/desk/calendars/{name}/closures")
    String addClosure(@PathVariable String name, @RequestParam(required = false) String firstDay,
            @RequestParam(required = false) String lastDay, @RequestParam(required = false) String reason,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        try {
            LocalDate first = day(firstDay);
            closures.add(name, first, lastDay == null || lastDay.isBlank() ? first : day(lastDay), reason,
                    authentication.getName());
            redirect.addFlashAttribute("notice", "closureAdded");
            return "redirect:/desk/calendars/" + name;
        } catch (CasedeskException refused) {
            model.addAttribute("problem", refused.getMessage());
            return calendar(name, null, model);
        }
    }

    @PostMapping("/desk/calendars/{name}/closures/{id}/remove")
    String removeClosure(@PathVariable String name, @PathVariable long id, RedirectAttributes redirect) {
        closures.remove(name, id);
        redirect.addFlashAttribute("notice", "closureRemoved");
        return "redirect:/desk/calendars/" + name;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidRequestException("'" + text + "' is no date (yyyy-mm-dd).");
        }
    }
}
