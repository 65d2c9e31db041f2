package io.casedesk.supportcase;

/**
 * Level 1 triaged a case; published in the triage's transaction, so what a listener starts commits
 * with the triage or not at all.
 */
public record CaseTriaged(String caseNumber, String organization, String subject, String description,
        Priority priority, CaseType type, String productLine, String category, String assignedGroup) {
}
