package io.casedesk.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailbox that is read over IMAP.
 *
 * @param enabled           poll the mailbox at all
 * @param protocol          {@code imaps} (TLS) or {@code imap}
 * @param address           the mailbox's own address; mail from it is never answered
 * @param folder            where new mail arrives
 * @param processedFolder   where handled mail is moved
 * @param failedFolder      where malformed, oversized or undecodable mail is moved, for a person to look at
 * @param pollInterval      time between two polls
 * @param maxMessageSize    larger messages are not processed but moved to the failed folder
 * @param maxAttachmentSize larger attachments are left out of the case (and the case says so)
 * @param caseType          type of the cases opened from email, until triage
 * @param batchSize         most messages handled in one poll
 * @param connectTimeout    longest wait for the mail server to accept the connection
 * @param timeout           longest wait for any answer of the mail server once connected
 * @param requireAuthenticatedSender trust a sender only when the receiving mail server vouches for it (DMARC, DKIM
 *                          or SPF passed for the sender's domain, in its {@code Authentication-Results} header)
 * @param authservId        the name the receiving mail server writes in its {@code Authentication-Results} headers
 */
@ConfigurationProperties("casedesk.intake.mail")
record MailIntakeProperties(@DefaultValue("false") boolean enabled, @DefaultValue("imaps") String protocol, String host,
        Integer port, String username, String password, @DefaultValue("support@casedesk.example") String address,
        @DefaultValue("INBOX") String folder, @DefaultValue("Processed") String processedFolder,
        @DefaultValue("Failed") String failedFolder, @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("10MB") DataSize maxMessageSize, @DefaultValue("5MB") DataSize maxAttachmentSize,
        @DefaultValue("INCIDENT") String caseType, @DefaultValue("50") int batchSize,
        @DefaultValue("PT10S") Duration connectTimeout, @DefaultValue("PT30S") Duration timeout,
        @DefaultValue("false") boolean requireAuthenticatedSender, String authservId) {
}
