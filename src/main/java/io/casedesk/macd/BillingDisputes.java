package io.casedesk.macd;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.supportcase.CaseEvent;
import io.casedesk.supportcase.CaseRequestRules;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseType;

/**
 * A billing request that disputes a provisioning fee names the MACD case of the fee ({@code disputedCase} in its
 * details): the fee must have been billed to the organization, and it then names the request that disputes it.
 */
@Component
class BillingDisputes implements CaseRequestRules {

    static final String DISPUTED_CASE = "disputedCase";

    private final BillingEntryRepository entries;
    private final CaseSteps caseSteps;

    BillingDisputes(BillingEntryRepository entries, CaseSteps caseSteps) {
        this.entries = entries;
        this.caseSteps = caseSteps;
    }

    @Override
    public void check(String organizationCode, CaseType type, Map<String, Object> details) {
        String disputed = disputedCase(details);
        if (disputed == null) {
            return;
        }
        if (type != CaseType.BILLING) {
            throw new InvalidRequestException("details." + DISPUTED_CASE + " belongs to a BILLING request.");
        }
        entries.findByCaseNumber(disputed).filter(entry -> entry.organizationCode().equals(organizationCode))
                .orElseThrow(() -> new InvalidRequestException("No fee of " + disputed + " was billed to "
                        + organizationCode + "; name the MACD case whose fee is disputed, such as CS-000123."));
    }

    @EventListener
    void on(CaseEvent event) {
        if (event.type() != CaseEvent.Type.OPENED || event.supportCase().type() != CaseType.BILLING) {
            return;
        }
        String disputed = disputedCase(caseSteps.details(event.supportCase().number()));
        if (disputed != null) {
            entries.findByCaseNumber(disputed).ifPresent(entry -> entry.disputedIn(event.supportCase().number()));
        }
    }

    private static String disputedCase(Map<String, Object> details) {
        Object value = details == null ? null : details.get(DISPUTED_CASE);
        return value == null || value.toString().isBlank() ? null : value.toString().strip().toUpperCase(Locale.ROOT);
    }
}
