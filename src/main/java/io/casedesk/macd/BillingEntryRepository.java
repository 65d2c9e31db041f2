package io.casedesk.macd;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BillingEntryRepository extends JpaRepository<BillingEntry, Long> {

    /** One billed month of an organization. */
    interface MonthTotal {
        String getMonth();

        long getEntries();

        BigDecimal getTotal();
    }

    List<BillingEntry> findByOrganizationCodeAndBillingMonthOrderByCompletedAtAscIdAsc(String organizationCode,
            String billingMonth);

    boolean existsByCaseNumber(String caseNumber);

    Optional<BillingEntry> findByCaseNumber(String caseNumber);

    List<BillingEntry> findByOrganizationCodeAndInvoiceNumberIsNullAndCompletedAtBeforeOrderByCompletedAtAscIdAsc(
            String organizationCode, Instant before);

    List<BillingEntry> findByCaseNumberIn(List<String> caseNumbers);

    @Query("select e.billingMonth as month, count(e) as entries, sum(e.amount) as total from BillingEntry e "
            + "where e.organizationCode = :organizationCode group by e.billingMonth order by e.billingMonth desc")
    List<MonthTotal> monthsOf(String organizationCode);
}
