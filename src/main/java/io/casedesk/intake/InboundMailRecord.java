package io.casedesk.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a message was read, once, and what became of it. */
@Entity
@Table(name = "inbound_mail")
class InboundMailRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageId;
    private String sender;
    private String subject;
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private IntakeOutcome outcome;

    private String caseNumber;
    private String detail;

    protected InboundMailRecord() {
    }

    InboundMailRecord(String messageId, String sender, String subject, Instant receivedAt, IntakeOutcome outcome,
            String caseNumber, String detail) {
        this.messageId = messageId;
        this.sender = sender == null || sender.length() <= InboundMailParser.MAX_ADDRESS ? sender
                : sender.substring(0, InboundMailParser.MAX_ADDRESS);
        this.subject = subject == null ? null : subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.receivedAt = receivedAt;
        this.outcome = outcome;
        this.caseNumber = caseNumber;
        this.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    IntakeOutcome outcome() {
        return outcome;
    }

    String caseNumber() {
        return caseNumber;
    }
}
