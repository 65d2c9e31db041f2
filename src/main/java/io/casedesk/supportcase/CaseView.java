package io.casedesk.supportcase;

import java.time.Instant;

/**
 * A read-only picture of a case at one moment, for other capabilities.
 *
 * @param etr the estimated time of resolution an agent gave, or {@code null}
 */
public record CaseView(String number, String organization, String reporter, String subject, CaseStatus status,
        Priority priority, CaseType type, String productLine, Channel channel, Instant openedAt, Instant closedAt,
        Instant onHoldUntil, String carrier, String trackingReference, String duplicateOf, String relatedCase,
        Instant etr) {
}
