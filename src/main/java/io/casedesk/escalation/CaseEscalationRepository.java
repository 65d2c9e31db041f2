package io.casedesk.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEscalationRepository extends JpaRepository<CaseEscalation, String> {
}
