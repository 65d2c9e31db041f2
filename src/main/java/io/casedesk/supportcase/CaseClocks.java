package io.casedesk.supportcase;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaClocks.CaseState;

/** Tells the SLA clocks what a case is doing after each change: working, paused or closed. */
@Component
class CaseClocks {

    private final SlaClocks slaClocks;

    CaseClocks(SlaClocks slaClocks) {
        this.slaClocks = slaClocks;
    }

    void follow(SupportCase supportCase, Instant now) {
        slaClocks.follow(supportCase.number(), state(supportCase), now);
    }

    /**
     * Clocks run while support owes the customer something; they pause while the case is on hold,
     * waiting for the customer's reply or resolved pending confirmation, and stop once it is closed.
     */
    static CaseState state(SupportCase supportCase) {
        CaseStatus status = supportCase.status();
        if (status.isClosed()) {
            return CaseState.CLOSED;
        }
        if (status == CaseStatus.ON_HOLD || status == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED
                || supportCase.waitingForCustomerSince() != null) {
            return CaseState.PAUSED;
        }
        return CaseState.WORKING;
    }
}
