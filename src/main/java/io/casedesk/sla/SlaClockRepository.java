package io.casedesk.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries of the hot paths are written out (here and in the other repositories they call): Hibernate caches the
 * translation of a query string, while it translates a derived query again on every call.
 */
interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    @Query("select c from SlaClock c where c.caseNumber = ?1")
    List<SlaClock> findByCaseNumber(String caseNumber);

    @Query("select c from SlaClock c where c.caseNumber in ?1")
    List<SlaClock> findByCaseNumberIn(Collection<String> caseNumbers);

    @Query("select c from SlaClock c where c.caseNumber = ?1 and c.kind = ?2")
    Optional<SlaClock> findByCaseNumberAndKind(String caseNumber, ClockKind kind);
}
