package io.casedesk.macd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How MACD requests are handled.
 *
 * @param workGroup             the group that carries out requests (Tasklist candidate group)
 * @param afterHoursGroup       the 24x7 team that carries out expedited requests outside extended hours
 * @param extendedHoursCalendar the calendar of extended business hours; standard requests received outside
 *                              them are worked from its next opening
 * @param approvalReminder      how long after the approval request the MPOCs are reminded once
 * @param approvalTimeout       how long after the approval request an unapproved request closes
 * @param hourlyRate            provisioning fee per hour of work
 * @param billingIncrement      work is billed in these increments, rounded up
 * @param currency              ISO 4217 code of the fees
 * @param requiredFields        the detail keys each task needs before it is worked
 * @param selfServiceArticles   the article that explains how to do a task oneself, linked from the acknowledgement
 */
@ConfigurationProperties("casedesk.macd")
public record MacdProperties(
        @DefaultValue("provisioning") String workGroup,
        @DefaultValue("support-24x7") String afterHoursGroup,
        @DefaultValue("extended-mt") String extendedHoursCalendar,
        @DefaultValue("P1D") Duration approvalReminder,
        @DefaultValue("P3D") Duration approvalTimeout,
        @DefaultValue("100.00") BigDecimal hourlyRate,
        @DefaultValue("PT15M") Duration billingIncrement,
        @DefaultValue("USD") String currency,
        Map<MacdTask, List<String>> requiredFields,
        Map<MacdTask, URI> selfServiceArticles) {

    public MacdProperties {
        if (approvalReminder.isNegative() || approvalReminder.isZero() || approvalTimeout.compareTo(approvalReminder) <= 0) {
            throw new IllegalArgumentException("casedesk.macd.approval-timeout must come after a positive approval-reminder");
        }
        if (billingIncrement.isNegative() || billingIncrement.isZero() || billingIncrement.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("casedesk.macd.billing-increment must be whole minutes, such as PT15M");
        }
        hourlyRate = hourlyRate.setScale(2, RoundingMode.HALF_UP);
        requiredFields = requiredFields == null ? Map.of() : Map.copyOf(requiredFields);
        selfServiceArticles = selfServiceArticles == null ? Map.of() : Map.copyOf(selfServiceArticles);
    }

    List<String> requiredFields(MacdTask task) {
        return requiredFields.getOrDefault(task, List.of());
    }
}
