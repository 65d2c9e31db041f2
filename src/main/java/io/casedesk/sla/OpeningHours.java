package io.casedesk.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekly opening windows, parsed from lines such as {@code MON-FRI 08:00-17:00} or {@code SAT 07:00-12:00}.
 * An end of {@code 24:00} means midnight at the end of the day.
 */
final class OpeningHours {

    /** One opening window within a day; {@code end == null} means the end of the day (24:00). */
    record Window(LocalTime start, LocalTime end) {
    }

    private static final Pattern LINE = Pattern.compile(
            "\\s*([A-Z]{3})(?:\\s*-\\s*([A-Z]{3}))?\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");

    private final Map<DayOfWeek, List<Window>> windows;

    private OpeningHours(Map<DayOfWeek, List<Window>> windows) {
        this.windows = windows;
    }

    static OpeningHours parse(List<String> lines) {
        Map<DayOfWeek, List<Window>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, new ArrayList<>());
        }
        for (String line : lines) {
            Matcher m = LINE.matcher(line.toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("Opening hours '" + line + "' are not of the form 'MON-FRI 08:00-17:00'");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) != null ? day(m.group(2)) : first;
            LocalTime start = LocalTime.parse(m.group(3));
            LocalTime end = "24:00".equals(m.group(4)) ? null : LocalTime.parse(m.group(4));
            if (end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("Opening hours '" + line + "' end before they start");
            }
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                byDay.get(d).add(new Window(start, end));
                if (d == last) {
                    break;
                }
            }
        }
        Comparator<Window> byStart = Comparator.comparing(Window::start);
        byDay.replaceAll((day, list) -> {
            list.sort(byStart);
            return Collections.unmodifiableList(list);
        });
        return new OpeningHours(byDay);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Unknown day '" + abbreviation + "'; use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    List<Window> on(DayOfWeek day) {
        return windows.get(day);
    }

    boolean alwaysOpen() {
        return windows.values().stream().allMatch(list -> list.stream()
                .anyMatch(w -> w.start().equals(LocalTime.MIDNIGHT) && w.end() == null));
    }
}
