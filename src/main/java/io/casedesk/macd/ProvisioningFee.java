package io.casedesk.macd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import io.casedesk.common.InvalidRequestException;

/**
 * The fee for work support did on a customer's behalf: the time spent, rounded up to the billing
 * increment, at the hourly rate. With $100 an hour in 15-minute increments, 20 minutes bill 30 minutes = $50.00.
 */
public record ProvisioningFee(int minutesSpent, int minutesBilled, BigDecimal hourlyRate, BigDecimal amount) {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public static ProvisioningFee of(int minutesSpent, BigDecimal hourlyRate, Duration increment) {
        if (minutesSpent < 0) {
            throw new InvalidRequestException("The time spent cannot be negative.");
        }
        int step = Math.toIntExact(increment.toMinutes());
        int billed = (minutesSpent + step - 1) / step * step;
        BigDecimal amount = hourlyRate.multiply(BigDecimal.valueOf(billed)).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
        return new ProvisioningFee(minutesSpent, billed, hourlyRate, amount);
    }
}
