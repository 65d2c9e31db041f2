package io.casedesk.invoice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Issue the due invoices" of {@code MonthlyInvoicingProcess}: the numbers issued stay on the instance. */
@Component
class IssueInvoicesDelegate implements JavaDelegate {

    static final String ISSUED = "issuedInvoices";

    private final Invoicing invoicing;

    IssueInvoicesDelegate(Invoicing invoicing) {
        this.invoicing = invoicing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ISSUED, String.join(", ", invoicing.issueDue()));
    }
}
