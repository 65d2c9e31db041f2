package io.casedesk.sla;

/**
 * The targets of one row of the {@code SlaTargets} decision, with the calendars they run on.
 *
 * @param initialResponse  first public response; {@code null} when the row sets none
 * @param updateEvery      cadence of public updates once the customer has an answer; {@code null} for none
 * @param resolution       resolution target; {@code null} for none
 * @param hoursCalendar      calendar of hour and minute targets
 * @param resolutionCalendar calendar of an hour or minute resolution target when the row names one of its own
 *                           (expedited MACD: one business day of extended hours), otherwise {@code null}
 * @param businessCalendar   the organization's calendar, for business days and ends of day or week
 * @param decisionId         the decision definition (with its version) the row came from
 */
public record SlaTargets(SlaTarget initialResponse, SlaTarget updateEvery, SlaTarget resolution, String hoursCalendar,
        String resolutionCalendar, String businessCalendar, String decisionId) {

    /** The calendar the hour and minute target of a clock counts on. */
    public String hoursCalendar(ClockKind kind) {
        return kind == ClockKind.RESOLUTION && resolutionCalendar != null ? resolutionCalendar : hoursCalendar;
    }

    /** The target of a clock. */
    public SlaTarget target(ClockKind kind) {
        return switch (kind) {
            case INITIAL_RESPONSE -> initialResponse;
            case UPDATE -> updateEvery;
            case RESOLUTION -> resolution;
        };
    }
}
