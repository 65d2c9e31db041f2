package io.casedesk.macd;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.SlaClocks;
import io.casedesk.supportcase.CaseSteps;

/** A carrier or vendor holds a MACD request up: the customer is told and the completion target moves. */
@Service
@Transactional
class MacdVendorDelays {

    private final MacdRequestRepository requests;
    private final MacdTexts texts;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final Clock clock;

    MacdVendorDelays(MacdRequestRepository requests, MacdTexts texts, CaseSteps caseSteps, CustomerDirectory directory,
            SlaClocks slaClocks, Clock clock) {
        this.requests = requests;
        this.texts = texts;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.clock = clock;
    }

    /** The work waits for {@code vendor} until {@code expectedBy}, which becomes the completion target. */
    void vendorDelay(String caseNumber, String vendor, Instant expectedBy, String note, int minutes, String actor) {
        Instant now = Instant.now(clock);
        if (vendor == null || vendor.isBlank()) {
            throw new InvalidRequestException("Name the carrier or vendor the request waits for.");
        }
        if (expectedBy == null || !expectedBy.isAfter(now)) {
            throw new InvalidRequestException("The date the carrier or vendor expects to be done must lie in the future.");
        }
        MacdRequest request = requests.require(caseNumber);
        request.worked(minutes);
        OrganizationInfo org = directory.organization(request.organizationCode());
        slaClocks.resolutionExtended(caseNumber, expectedBy, now);
        caseSteps.postUpdate(caseNumber, texts.text(org, "vendor-delay", vendor.strip(), texts.time(org, expectedBy),
                note == null || note.isBlank() ? "" : "\n" + note.strip()), actor);
    }

    /** The zone the agent's vendor date is read in: the organization's. */
    ZoneId zone(String caseNumber) {
        return directory.organization(requests.require(caseNumber).organizationCode()).timeZone();
    }
}
