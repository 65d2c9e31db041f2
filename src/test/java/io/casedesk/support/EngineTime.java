package io.casedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock in tests: set it to a moment of the plans' calendars and move it on, so
 * that due dates and timers are checked on hard dates. Tests reset it with {@link ClockUtil#reset()}.
 */
public final class EngineTime {

    private EngineTime() {
    }

    /** Sets the engine's clock, e.g. {@code at("2026-03-11T10:00:00-06:00")}. */
    public static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    /** Moves the engine's clock on by the minutes. */
    public static void later(int minutes) {
        ClockUtil.setCurrentTime(Date.from(now().plus(Duration.ofMinutes(minutes))));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }

    public static Date date(String isoDateTime) {
        return Date.from(instant(isoDateTime));
    }
}
