package io.casedesk.intake;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMailRepository extends JpaRepository<InboundMailRecord, Long> {

    Optional<InboundMailRecord> findByMessageId(String messageId);

    long countBySenderAndOutcomeAndReceivedAtAfter(String sender, IntakeOutcome outcome, Instant after);
}
