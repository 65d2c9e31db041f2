package io.casedesk.supportcase;

/** How a case reached support. */
public enum Channel {
    PORTAL, EMAIL, CHAT, PHONE, MONITORING,
    /** Declared by support itself, such as a master case. */
    SUPPORT;

    /**
     * Cases from the portal and email open at P4 until triaged; an agent taking a chat, a call or a
     * monitoring alarm may set the priority right away.
     */
    public boolean agentSetsPriority() {
        return this == CHAT || this == PHONE || this == MONITORING || this == SUPPORT;
    }
}
