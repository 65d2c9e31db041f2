package io.casedesk.statuspage;

import org.springframework.data.jpa.repository.JpaRepository;

interface LinkKeyRepository extends JpaRepository<LinkKey, String> {
}
