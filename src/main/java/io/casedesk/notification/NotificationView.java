package io.casedesk.notification;

import java.time.Instant;

/** A notification as the API shows it. */
public record NotificationView(Long id, NotificationKind kind, String caseNumber, String recipient, String locale,
        String subject, String text, String messageId, String status, Instant createdAt, Instant sentAt, int attempts,
        String lastError) {
}
