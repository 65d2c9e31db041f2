package io.casedesk.macd;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month an organization was billed in: how many fees, and their total. */
public record BillingMonth(YearMonth month, long entries, BigDecimal total, String currency) {
}
