package io.casedesk.supportcase;

/** What kind of work a case asks for. */
public enum CaseType {
    INCIDENT, SERVICE_REQUEST, MACD, INFORMATION,
    /** An administrative request about an invoice or a fee: the billing team, in office hours. */
    BILLING,
    /** An administrative request about contracts, offers and new services: the sales team, in office hours. */
    SALES;

    /**
     * Billing and sales requests are administrative: they skip technical triage and the incident flow, go to their
     * team and run their clocks in office hours.
     */
    public boolean isAdministrative() {
        return this == BILLING || this == SALES;
    }
}
