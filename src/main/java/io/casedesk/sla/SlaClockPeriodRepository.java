package io.casedesk.sla;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaClockPeriodRepository extends JpaRepository<SlaClockPeriod, Long> {

    @Query("select p from SlaClockPeriod p where p.organizationCode = ?1 and p.endedAt >= ?2 and p.endedAt < ?3"
            + " and p.endedBy <> ?4 order by p.endedAt, p.id")
    List<SlaClockPeriod> ended(String organizationCode, Instant from, Instant to, SlaClockPeriod.Ending except);

    @Query("select b from SlaBreach b, SlaCase c where c.caseNumber = b.caseNumber and c.organizationCode = ?1"
            + " and b.breachedAt >= ?2 and b.breachedAt < ?3 order by b.breachedAt, b.id")
    List<SlaBreach> breaches(String organizationCode, Instant from, Instant to);
}
