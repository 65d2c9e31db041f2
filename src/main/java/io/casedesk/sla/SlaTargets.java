package io.casedesk.sla;

/**
 * The targets of one row of the {@code SlaTargets} decision, with the calendars they run on.
 *
 * @param initialResponse  first public response; {@code null} when the row sets none
 * @param updateEvery      cadence of public updates once the customer has an answer; {@code null} for none
 * @param resolution       resolution target; {@code null} for none
 * @param hoursCalendar    calendar of hour and minute targets
 * @param businessCalendar the organization's calendar, for business days and ends of day or week
 * @param decisionId       the decision definition (with its version) the row came from
 */
public record SlaTargets(SlaTarget initialResponse, SlaTarget updateEvery, SlaTarget resolution, String hoursCalendar,
        String businessCalendar, String decisionId) {
}
