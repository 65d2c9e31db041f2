package io.casedesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByEmailIgnoreCase(String email);

    @Query("select c from Contact c where c.organization.code = ?1 order by c.id")
    List<Contact> findByOrganization(String organizationCode);
}
