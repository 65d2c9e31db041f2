package io.casedesk.supportcase;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.SlaClocks.CaseState;
import io.casedesk.sla.SlaClocks;

/**
 * Keeps a case's SLA clocks in step with what its transitions registered ({@link CaseChange}), in the
 * transaction of the change: started when it opens, retargeted at triage, stopped or restarted by public
 * responses and ETRs, and running, paused or stopped with what the case is doing.
 */
@Component
class CaseClocks {

    private final SlaClocks slaClocks;
    private final CustomerDirectory directory;

    CaseClocks(SlaClocks slaClocks, CustomerDirectory directory) {
        this.slaClocks = slaClocks;
        this.directory = directory;
    }

    @EventListener
    void opened(CaseChange.Opened change) {
        SupportCase c = change.supportCase();
        slaClocks.caseOpened(c.number(), organization(c), c.type().name(), c.priority().name(), c.openedAt());
    }

    @EventListener
    void retargeted(CaseChange.Retargeted change) {
        SupportCase c = change.supportCase();
        slaClocks.retargeted(c.number(), organization(c), c.type().name(), c.priority().name(), change.at());
    }

    @EventListener
    void follow(CaseChange.ClocksFollow change) {
        slaClocks.follow(change.supportCase().number(), state(change.supportCase()), change.at());
    }

    @EventListener
    void publicResponse(CaseChange.PublicResponse change) {
        slaClocks.publicResponse(change.supportCase().number(), change.at());
    }

    @EventListener
    void etrGiven(CaseChange.EtrGiven change) {
        slaClocks.etrGiven(change.supportCase().number(), change.etr(), change.at());
    }

    @EventListener
    void reopened(CaseChange.Reopened change) {
        slaClocks.reopened(change.supportCase().number(), change.at());
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

    private OrganizationInfo organization(SupportCase supportCase) {
        return directory.organization(supportCase.organization());
    }
}
