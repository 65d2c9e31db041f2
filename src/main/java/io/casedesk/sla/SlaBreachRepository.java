package io.casedesk.sla;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    List<SlaBreach> findByCaseNumberInOrderById(Collection<String> caseNumbers);
}
