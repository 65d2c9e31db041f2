package io.casedesk.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaCaseRepository extends JpaRepository<SlaCase, String> {
}
