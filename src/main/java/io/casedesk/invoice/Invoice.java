package io.casedesk.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An issued invoice: numbered, and never changed afterwards. */
@Entity
@Table(name = "invoice")
@Immutable
class Invoice {

    /** One line: a provisioning fee, or the surcharge of an expedited request. */
    @Embeddable
    record Line(String caseNumber, String description, Instant completedAt, Integer minutesBilled, BigDecimal amount) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String organizationCode;
    private String period;
    private Instant issuedAt;
    private String currency;
    private BigDecimal total;
    private String language;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    protected Invoice() {
    }

    Invoice(String number, String organizationCode, String period, Instant issuedAt, String currency, String language,
            List<Line> lines) {
        this.number = number;
        this.organizationCode = organizationCode;
        this.period = period;
        this.issuedAt = issuedAt;
        this.currency = currency;
        this.language = language;
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    InvoiceView view() {
        return new InvoiceView(number, organizationCode, period, issuedAt, currency, total, language,
                lines.stream().map(line -> new InvoiceView.Line(line.caseNumber(), line.description(), line.completedAt(),
                        line.minutesBilled(), line.amount())).toList());
    }

    String number() {
        return number;
    }
}
