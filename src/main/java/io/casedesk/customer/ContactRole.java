package io.casedesk.customer;

/** What a customer contact is designated for; any {@code MPOC_*} role may open cases and approve MACD. */
public enum ContactRole {
    MPOC_PRIMARY,
    MPOC_SECONDARY,
    MPOC_TECHNICAL,
    MASTER_CASE,
    MAINTENANCE,
    FINANCIAL,
    ESCALATION;

    public boolean isMpoc() {
        return name().startsWith("MPOC_");
    }
}
