package io.casedesk.macd;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalLinkRepository extends JpaRepository<ApprovalLink, Long> {

    Optional<ApprovalLink> findByTokenHash(String tokenHash);

    List<ApprovalLink> findByCaseNumber(String caseNumber);
}
