package io.casedesk.macd;

import org.springframework.data.jpa.repository.JpaRepository;

interface MacdRequestRepository extends JpaRepository<MacdRequest, String> {
}
