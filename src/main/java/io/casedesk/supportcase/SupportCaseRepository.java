package io.casedesk.supportcase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupportCaseRepository extends JpaRepository<SupportCase, Long>, JpaSpecificationExecutor<SupportCase> {

    Optional<SupportCase> findByOpenedByAndIdempotencyKey(String openedBy, String idempotencyKey);

    List<SupportCase> findByMasterCaseIdOrderById(Long masterCaseId);

    List<SupportCase> findByPriorityOrderByIdDesc(Priority priority);

    long countByPriorityAndStatusNotIn(Priority priority, Collection<CaseStatus> statuses);
}
