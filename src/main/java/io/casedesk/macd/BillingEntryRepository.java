package io.casedesk.macd;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BillingEntryRepository extends JpaRepository<BillingEntry, Long> {

    List<BillingEntry> findByOrganizationCodeAndBillingMonthOrderByCompletedAtAscIdAsc(String organizationCode,
            String billingMonth);

    boolean existsByCaseNumber(String caseNumber);
}
