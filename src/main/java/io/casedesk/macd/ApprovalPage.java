package io.casedesk.macd;

import java.util.List;

/**
 * What an MPOC sees behind their approval link.
 *
 * @param closedReason why the link can no longer decide, or {@code null} while it can
 */
public record ApprovalPage(String caseNumber, String organizationName, String subject, String task, boolean expedited,
        String requester, String approver, List<String> requestFields, Approval approval, String closedReason) {

    public boolean open() {
        return closedReason == null;
    }

    String state() {
        return closedReason;
    }
}
