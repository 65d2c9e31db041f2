package io.casedesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is ours, not one JavaMail invents on every send. */
class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
