package io.casedesk.macd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The provisioning fees of an organization in one month. */
public record BillingStatement(String organization, YearMonth month, String currency, BigDecimal total,
        List<Entry> entries) {

    /**
     * One completed request: time spent, time billed (rounded up to the increment) and its amount.
     *
     * @param disputedIn the billing request in which the customer disputes the fee, if any
     */
    public record Entry(String caseNumber, String description, Instant completedAt, int minutesSpent, int minutesBilled,
            BigDecimal hourlyRate, BigDecimal amount, boolean expedited, String disputedIn) {
    }
}
