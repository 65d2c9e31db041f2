package io.casedesk.macd;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.NotFoundException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.supportcase.CaseSteps;

/**
 * MACD requests as people see them: what was asked and by whom, its approval, when it is worked and the fee.
 * The steps of {@code MacdRequestProcess} change them through {@link MacdIntake}, {@link MacdApprovals},
 * {@link MacdScheduling}, {@link MacdVendorDelays} and {@link Billing}.
 */
@Service
@Transactional(readOnly = true)
public class MacdRequests {

    private final MacdRequestRepository requests;
    private final MacdFields fields;
    private final MacdTexts texts;
    private final MacdProperties properties;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;

    MacdRequests(MacdRequestRepository requests, MacdFields fields, MacdTexts texts, MacdProperties properties,
            CaseSteps caseSteps, CustomerDirectory directory) {
        this.requests = requests;
        this.fields = fields;
        this.texts = texts;
        this.properties = properties;
        this.caseSteps = caseSteps;
        this.directory = directory;
    }

    public MacdView view(String caseNumber, Caller caller) {
        return view(visible(caseNumber, caller));
    }

    MacdView view(MacdRequest request) {
        OrganizationInfo org = directory.organization(request.organizationCode());
        ProvisioningFee fee = request.completedAt() == null ? null
                : ProvisioningFee.of(request.minutesSpent(), properties.hourlyRate(), properties.billingIncrement());
        return new MacdView(request.caseNumber(), request.task(), request.expedited(), request.requestedBy(),
                request.approval(), request.decidedBy(), request.decisionReason(), request.workStartsAt(),
                request.completedAt(), request.minutesSpent(), fee == null ? null : fee.minutesBilled(),
                fee == null ? null : fee.amount(), properties.currency(), fields.missing(caseSteps.details(request.caseNumber()))
                        .stream().map(key -> texts.field(org, key)).toList());
    }

    /** The caller's organization's request; another organization's is as unknown as a missing one. */
    MacdRequest visible(String caseNumber, Caller caller) {
        return requests.findById(caseNumber).filter(r -> caller.canSee(r.organizationCode()))
                .orElseThrow(() -> new NotFoundException("No MACD request " + caseNumber
                        + " exists, or it belongs to another organization."));
    }
}
