package io.casedesk.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByCaseNumber(String caseNumber);

    List<SlaClock> findByCaseNumberIn(Collection<String> caseNumbers);

    Optional<SlaClock> findByCaseNumberAndKind(String caseNumber, ClockKind kind);
}
