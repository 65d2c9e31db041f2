package io.casedesk.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as the API and BillCenter show it.
 *
 * @param period   the month it was issued in, such as {@code 2026-11}
 * @param language the language of its PDF, the organization's
 */
public record InvoiceView(String number, String organization, String period, Instant issuedAt, String currency,
        BigDecimal total, String language, List<Line> lines) {

    /** One line; a surcharge line has no minutes. */
    public record Line(String caseNumber, String description, Instant completedAt, Integer minutesBilled,
            BigDecimal amount) {
    }
}
