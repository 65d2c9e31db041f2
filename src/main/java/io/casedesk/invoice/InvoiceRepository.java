package io.casedesk.invoice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByOrganizationCodeOrderByIssuedAtDesc(String organizationCode);

    Optional<Invoice> findByNumber(String number);

    boolean existsByOrganizationCodeAndPeriod(String organizationCode, String period);
}
