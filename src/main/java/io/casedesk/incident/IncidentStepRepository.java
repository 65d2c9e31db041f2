package io.casedesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentStepRepository extends JpaRepository<IncidentStepRecord, Long> {

    List<IncidentStepRecord> findByCaseNumberOrderById(String caseNumber);

    Optional<IncidentStepRecord> findFirstByCaseNumberAndStepOrderByIdDesc(String caseNumber, IncidentStep step);
}
