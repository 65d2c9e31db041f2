package io.casedesk.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, String> {

    List<PasswordLink> findByEmail(String email);
}
