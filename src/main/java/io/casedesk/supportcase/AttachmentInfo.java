package io.casedesk.supportcase;

import java.time.Instant;

/** An attachment without its content, for listings. */
public record AttachmentInfo(Long id, String filename, String contentType, long size, String addedBy, Instant addedAt) {
}
