package io.casedesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    /** The contact of an address in upper case ({@code upper(?1)} would make Hibernate translate it on every call). */
    @Query("select c from Contact c where upper(c.email) = ?1 and c.removedAt is null")
    Optional<Contact> findByUpperCaseEmail(String upperCaseEmail);

    /** The contact of an address, also a removed one (an address belongs to one organization for good). */
    @Query("select c from Contact c where upper(c.email) = ?1")
    Optional<Contact> findAnyByUpperCaseEmail(String upperCaseEmail);

    @Query("select c from Contact c where c.organization.code = ?1 and c.removedAt is null order by c.id")
    List<Contact> findByOrganization(String organizationCode);

    /** Every current contact with its roles, in one statement. */
    @Query("select distinct c from Contact c left join fetch c.roles where c.removedAt is null")
    List<Contact> findAllCurrent();
}
