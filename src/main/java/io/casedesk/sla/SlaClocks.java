package io.casedesk.sla;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customer.OrganizationInfo;

/**
 * The SLA clocks of every case: initial response (stops at the first public agent response), update
 * (restarts at each public update) and resolution. Targets come from {@link SlaPolicy}; a case keeps the
 * version of the targets table it was opened with, also when its priority changes.
 */
@Service
@Transactional
public class SlaClocks {

    private final SlaPolicy policy;
    private final SlaCaseRepository contracts;
    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;

    SlaClocks(SlaPolicy policy, SlaCaseRepository contracts, SlaClockRepository clocks, SlaBreachRepository breaches) {
        this.policy = policy;
        this.contracts = contracts;
        this.clocks = clocks;
        this.breaches = breaches;
    }

    /** Starts the initial response and resolution clocks of a new case, on the latest targets table. */
    public SlaStatus caseOpened(String caseNumber, OrganizationInfo organization, String caseType, String priority,
            Instant openedAt) {
        SlaTargets targets = policy.targets(organization, caseType, priority);
        SlaCase contract = contracts.save(new SlaCase(caseNumber, organization.code(), caseType, priority, targets));
        start(contract, ClockKind.INITIAL_RESPONSE, openedAt);
        start(contract, ClockKind.RESOLUTION, openedAt);
        return status(caseNumber);
    }

    /**
     * The case's priority or type changed (triage): running clocks are due on the new row of the same
     * version of the targets table, counted from when they started.
     */
    public void retargeted(String caseNumber, OrganizationInfo organization, String caseType, String priority) {
        SlaCase contract = contract(caseNumber);
        SlaTargets targets = policy.targets(contract.decisionId(), organization, caseType, priority);
        contract.apply(caseType, priority, targets);
        for (SlaClock running : clocks.findByCaseNumber(caseNumber)) {
            SlaTarget target = contract.target(running.kind());
            if (target != null && !running.isStopped()) {
                running.retarget(target, policy.due(target, running.startedAt(), targets));
            }
        }
    }

    /** An agent answered the customer publicly: the initial response is met and the update clock restarts. */
    public void publicResponse(String caseNumber, Instant at) {
        clocks.findByCaseNumberAndKind(caseNumber, ClockKind.INITIAL_RESPONSE).ifPresent(c -> c.stop(at));
        start(contract(caseNumber), ClockKind.UPDATE, at);
    }

    @Transactional(readOnly = true)
    public SlaStatus status(String caseNumber) {
        List<SlaClock> all = clocks.findByCaseNumber(caseNumber);
        return new SlaStatus(due(all, ClockKind.INITIAL_RESPONSE), due(all, ClockKind.UPDATE),
                due(all, ClockKind.RESOLUTION),
                breaches.findByCaseNumberOrderById(caseNumber).stream().map(SlaBreach::view).toList());
    }

    private void start(SlaCase contract, ClockKind kind, Instant at) {
        SlaTarget target = contract.target(kind);
        if (target == null) {
            return;
        }
        SlaClock running = clocks.findByCaseNumberAndKind(contract.caseNumber(), kind)
                .orElseGet(() -> new SlaClock(contract.caseNumber(), kind));
        running.start(target, at, policy.due(target, at, contract.targets()));
        clocks.save(running);
    }

    private SlaCase contract(String caseNumber) {
        return contracts.findById(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No SLA contract for " + caseNumber));
    }

    private static Instant due(List<SlaClock> all, ClockKind kind) {
        return all.stream().filter(c -> c.kind() == kind && c.isRunning()).map(SlaClock::dueAt).findFirst().orElse(null);
    }
}
