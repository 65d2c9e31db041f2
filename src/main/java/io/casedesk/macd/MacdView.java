package io.casedesk.macd;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A MACD request as customers and agents read it.
 *
 * @param workStartsAt   when the work is scheduled to start (next business day for requests outside extended hours)
 * @param minutesBilled  once completed: the time billed, rounded up to the billing increment
 * @param fee            once completed: the provisioning fee
 * @param missingFields  what the request still lacks
 */
public record MacdView(String caseNumber, MacdTask task, boolean expedited, String requestedBy, Approval approval,
        String decidedBy, String decisionReason, Instant workStartsAt, Instant completedAt, int minutesSpent,
        Integer minutesBilled, BigDecimal fee, String currency, List<String> missingFields) {
}
