package io.casedesk.macd;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A billable provisioning fee of an organization, in the month the work was completed. */
@Entity
@Table(name = "billing_entry")
class BillingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String organizationCode;
    private String billingMonth;
    private String caseNumber;
    private String description;
    private Instant completedAt;
    private int minutesSpent;
    private int minutesBilled;
    private BigDecimal hourlyRate;
    private BigDecimal amount;
    private String currency;
    private boolean expedited;
    private String disputedIn;
    private String invoiceNumber;

    protected BillingEntry() {
    }

    BillingEntry(String organizationCode, String billingMonth, String caseNumber, String description, Instant completedAt,
            ProvisioningFee fee, String currency, boolean expedited) {
        this.organizationCode = organizationCode;
        this.billingMonth = billingMonth;
        this.caseNumber = caseNumber;
        this.description = description;
        this.completedAt = completedAt;
        this.minutesSpent = fee.minutesSpent();
        this.minutesBilled = fee.minutesBilled();
        this.hourlyRate = fee.hourlyRate();
        this.amount = fee.amount();
        this.currency = currency;
        this.expedited = expedited;
    }

    BillingStatement.Entry view() {
        return new BillingStatement.Entry(caseNumber, description, completedAt, minutesSpent, minutesBilled, hourlyRate,
                amount, expedited, disputedIn);
    }

    /** The billing request in which the customer disputes this fee. */
    void disputedIn(String billingCase) {
        this.disputedIn = billingCase;
    }

    void invoiced(String number) {
        this.invoiceNumber = number;
    }

    String organizationCode() {
        return organizationCode;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }
}
