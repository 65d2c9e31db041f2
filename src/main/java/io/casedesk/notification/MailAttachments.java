package io.casedesk.notification;

import java.util.Optional;

/**
 * Where the files that mails carry come from: a capability that attaches a file names it by a reference when it
 * sends the mail ({@link Notifications.Outgoing#attaching}); the file is made when the mail goes out, so the outbox
 * keeps references, not files.
 */
public interface MailAttachments {

    /** A file as a mail carries it. */
    record File(String filename, String contentType, byte[] content) {
    }

    /** The file of the reference, if this source knows it. */
    Optional<File> file(String reference);
}
