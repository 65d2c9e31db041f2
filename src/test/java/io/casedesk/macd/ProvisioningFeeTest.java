package io.casedesk.macd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.casedesk.common.InvalidRequestException;

/** The provisioning fee: time spent rounded up to 15-minute increments at $100 an hour. */
class ProvisioningFeeTest {

    private static final BigDecimal RATE = new BigDecimal("100.00");
    private static final Duration INCREMENT = Duration.ofMinutes(15);

    @ParameterizedTest(name = "{0} min bills {1} min = ${2}")
    @CsvSource({
        "0, 0, 0.00",
        "1, 15, 25.00",
        "15, 15, 25.00",
        "16, 30, 50.00",
        "20, 30, 50.00",
        "61, 75, 125.00",
    })
    void roundsUpToTheIncrement(int spent, int billed, String amount) {
        ProvisioningFee fee = ProvisioningFee.of(spent, RATE, INCREMENT);

        assertThat(fee.minutesBilled()).isEqualTo(billed);
        assertThat(fee.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void otherRatesAndIncrementsAreConfigurable() {
        ProvisioningFee fee = ProvisioningFee.of(20, new BigDecimal("90.00"), Duration.ofMinutes(30));

        assertThat(fee.minutesBilled()).isEqualTo(30);
        assertThat(fee.amount()).isEqualTo(new BigDecimal("45.00"));
    }

    @Test
    void negativeTimeIsRefused() {
        assertThatThrownBy(() -> ProvisioningFee.of(-1, RATE, INCREMENT)).isInstanceOf(InvalidRequestException.class);
    }
}
