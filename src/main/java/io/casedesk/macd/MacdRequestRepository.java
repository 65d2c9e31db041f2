package io.casedesk.macd;

import org.springframework.data.jpa.repository.JpaRepository;

import io.casedesk.common.NotFoundException;

interface MacdRequestRepository extends JpaRepository<MacdRequest, String> {

    default MacdRequest require(String caseNumber) {
        return findById(caseNumber)
                .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no MACD request."));
    }
}
