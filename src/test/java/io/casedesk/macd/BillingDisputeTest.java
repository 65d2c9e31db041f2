package io.casedesk.macd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Caller;
import io.casedesk.support.ProcessTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/** A billing request disputes a provisioning fee billed to the organization; the fee then names the request. */
@ProcessTest
class BillingDisputeTest {

    static final Caller BOB = Caller.contact("bob.chen@acme.example", "ACME");
    static final Caller STAFF = Caller.agent("billing", Set.of("billing"));

    @Autowired
    CaseManagement cases;
    @Autowired
    BillingEntryRepository entries;
    @Autowired
    Billing billing;

    @Test
    void aDisputedFeeNamesTheBillingRequestAndAFeeOfAnotherOrganizationCannotBeDisputed() {
        Instant completed = Instant.parse("2026-02-10T17:00:00Z");
        entries.save(new BillingEntry("ACME", "2026-02", "CS-990001", "Create a phone", completed,
                ProvisioningFee.of(20, new BigDecimal("100.00"), Duration.ofMinutes(15)), "USD", false));
        entries.save(new BillingEntry("ANDES", "2026-02", "CS-990002", "Crear un teléfono", completed,
                ProvisioningFee.of(20, new BigDecimal("100.00"), Duration.ofMinutes(15)), "USD", false));

        String dispute = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.BILLING, null, "Fee of CS-990001",
                "The phone was never created.", null, Map.of("disputedCase", "cs-990001")), BOB, null).supportCase().number();

        assertThat(billing.statement("ACME", YearMonth.of(2026, 2), STAFF).entries())
                .filteredOn(entry -> entry.caseNumber().equals("CS-990001")).singleElement()
                .satisfies(entry -> assertThat(entry.disputedIn()).isEqualTo(dispute));
        assertThat(billing.csv("ACME", YearMonth.of(2026, 2), STAFF)).contains(",disputed_in").contains(dispute);
        assertThatThrownBy(() -> cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.BILLING, null, "Fee",
                "Not ours", null, Map.of("disputedCase", "CS-990002")), BOB, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("No fee of CS-990002 was billed to ACME");
        assertThatThrownBy(() -> cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.MACD, null, "Fee",
                "Wrong type", null, Map.of("disputedCase", "CS-990001", "task", "RESET_PASSWORD")), BOB, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("BILLING");
    }
}
