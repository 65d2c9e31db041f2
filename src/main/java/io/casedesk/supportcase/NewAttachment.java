package io.casedesk.supportcase;

/** A file to attach to a case. */
public record NewAttachment(String filename, String contentType, byte[] content) {
}
