package io.casedesk.sla;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Hot-path queries are written out, as in {@code SlaClockRepository}. */
interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    @Query("select b from SlaBreach b where b.caseNumber = ?1 order by b.id")
    List<SlaBreach> findByCaseNumberOrderById(String caseNumber);

    @Query("select b from SlaBreach b where b.caseNumber in ?1 order by b.id")
    List<SlaBreach> findByCaseNumberInOrderById(Collection<String> caseNumbers);
}
