package io.casedesk.supportcase;

/** Optional criteria of a case listing; {@code null} means any. */
public record CaseFilter(String organization, CaseStatus status, Priority priority) {
}
