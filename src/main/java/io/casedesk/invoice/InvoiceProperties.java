package io.casedesk.invoice;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how invoices are issued.
 *
 * @param zone                the provider's zone, whose calendar day decides when it is the invoicing day
 * @param dayOfMonth          the invoicing day (plan: the 27th)
 * @param hour                the hour of that day from which invoices are issued
 * @param expeditedSurcharge  share of an expedited request's fee added as a surcharge line (0: none)
 */
@ConfigurationProperties("casedesk.invoices")
record InvoiceProperties(@DefaultValue("America/Denver") ZoneId zone, @DefaultValue("27") int dayOfMonth,
        @DefaultValue("6") int hour, @DefaultValue("0") BigDecimal expeditedSurcharge) {
}
