package io.casedesk.supportcase;

import java.time.Instant;

/**
 * Optional criteria of a case search; {@code null} means any.
 *
 * @param words        words that must each occur in the number, subject, description or a comment of the case
 *                     (public comments only for contacts)
 * @param openedFrom   opened at or after
 * @param openedBefore opened before
 */
public record CaseFilter(String organization, CaseStatus status, Priority priority, String productLine, String words,
        Instant openedFrom, Instant openedBefore) {

    public CaseFilter(String organization, CaseStatus status, Priority priority) {
        this(organization, status, priority, null, null, null, null);
    }
}
