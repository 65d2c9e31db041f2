package io.casedesk.intake;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reads the support mailbox over IMAP(S). Every message is handed to {@link MailIntake} and then moved out
 * of the inbox: to the processed folder, or to the failed folder (with the reason recorded) when it cannot be read
 * or stored. A message whose handling fails for a passing reason (the database is down) stays in the inbox for the
 * next poll, at most {@value #MAX_ATTEMPTS} times; no message keeps the next one from being read.
 */
@Component
@ConditionalOnProperty(prefix = "casedesk.intake.mail", name = "enabled", havingValue = "true")
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    static final int MAX_ATTEMPTS = 3;

    /** What one poll did. */
    record PollResult(int handled, int failed, int leftForLater) {
    }

    private final MailIntake intake;
    private final MailIntakeProperties properties;
    private final InboundMailParser parser;
    /** Messages left for a later poll, by Message-ID, with how often they were tried. */
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    MailboxPoller(MailIntake intake, MailIntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
        if (properties.requireAuthenticatedSender() && (properties.authservId() == null || properties.authservId().isBlank())) {
            throw new IllegalStateException("Mail intake requires authenticated senders "
                    + "(casedesk.intake.mail.require-authenticated-sender): set casedesk.intake.mail.authserv-id to the "
                    + "name your receiving mail server writes in its Authentication-Results headers, or turn the "
                    + "requirement off");
        }
        this.parser = new InboundMailParser(properties.address(), properties.maxAttachmentSize().toBytes(),
                new SenderAuthentication(properties.authservId()));
    }

    /**
     * One node reads the mailbox at a time. A node that dies during a poll holds the lock for at most ten minutes;
     * what it had stored but not yet moved is recognised by its Message-ID on the next poll and moved, not handled
     * again.
     */
    @Scheduled(fixedDelayString = "${casedesk.intake.mail.poll-interval:PT1M}",
            initialDelayString = "${casedesk.intake.mail.poll-interval:PT1M}")
    @SchedulerLock(name = "support-mailbox", lockAtMostFor = "PT10M")
    void scheduledPoll() {
        try {
            PollResult result = poll();
            if (result.handled() + result.failed() > 0) {
                log.info("Support mailbox: {} handled, {} failed, {} left for the next poll", result.handled(),
                        result.failed(), result.leftForLater());
            }
        } catch (MessagingException e) {
            log.warn("Could not read the support mailbox {}@{}: {}", properties.username(), properties.host(), e.getMessage());
        } catch (DatabaseUnavailable e) {
            log.warn("The database is not available; the support mailbox is read again at the next poll: {}",
                    e.getCause().getMessage());
        }
    }

    PollResult poll() throws MessagingException {
        Store store = Session.getInstance(sessionProperties()).getStore(properties.protocol());
        store.connect(properties.host(), properties.port() == null ? -1 : properties.port(), properties.username(),
                properties.password());
        try {
            Folder inbox = store.getFolder(properties.folder());
            inbox.open(Folder.READ_WRITE);
            Folder processed = folder(store, properties.processedFolder());
            Folder failed = folder(store, properties.failedFolder());
            int handled = 0;
            int failures = 0;
            int later = 0;
            Message[] messages = inbox.getMessages();
            int count = Math.min(messages.length, properties.batchSize());
            try {
                for (int i = 0; i < count; i++) {
                    Message message = messages[i];
                    Boolean ok = handle(message);
                    if (ok == null) {
                        later++;
                        continue;
                    }
                    inbox.copyMessages(new Message[] {message}, ok ? processed : failed);
                    message.setFlag(Flags.Flag.DELETED, true);
                    if (ok) {
                        handled++;
                    } else {
                        failures++;
                    }
                }
            } finally {
                inbox.close(true); // what was moved leaves the inbox, even when the poll stops early
            }
            return new PollResult(handled, failures, later + messages.length - count);
        } finally {
            store.close();
        }
    }

    /** @return true when handled, false when it cannot be read, null when it should be tried again later */
    private Boolean handle(Message message) throws MessagingException {
        String from = sender(message);
        String subject = safeSubject(message);
        String messageId = InboundMailParser.messageId(message, from, subject);
        if (message.getSize() > properties.maxMessageSize().toBytes()) {
            intake.failed(messageId, from, subject, "larger than " + properties.maxMessageSize());
            return false;
        }
        try {
            boolean handled = !intake.receive(parser.parse(message)).failed();
            attempts.remove(messageId);
            return handled;
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException databaseDown) {
            throw new DatabaseUnavailable(databaseDown); // no mail can be stored now: the poll stops, every mail stays
        } catch (TransientDataAccessException | RecoverableDataAccessException | TransactionException passing) {
            int tried = attempts.merge(messageId, 1, Integer::sum);
            if (tried < MAX_ATTEMPTS) {
                log.error("Support mail {} could not be stored ({} of {} tries); it stays in the inbox for the next poll",
                        messageId, tried, MAX_ATTEMPTS, passing);
                return null;
            }
            attempts.remove(messageId);
            intake.failed(messageId, from, subject, "could not be stored in " + MAX_ATTEMPTS + " polls: " + passing);
            return false;
        } catch (MessagingException | IOException | InboundMailParser.MalformedMailException | RuntimeException unusable) {
            attempts.remove(messageId);
            intake.failed(messageId, from, subject, unusable.toString());
            return false;
        }
    }

    /** The database cannot be reached: the poll stops and leaves the rest of the mail in the inbox. */
    static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(RuntimeException cause) {
            super(cause);
        }
    }

    private static String sender(Message message) {
        try {
            Address[] from = message.getFrom();
            return from == null || from.length == 0 ? null : from[0].toString();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static String safeSubject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static Folder folder(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("Cannot create the mail folder " + name);
        }
        return folder;
    }

    private Properties sessionProperties() {
        Properties session = new Properties();
        String protocol = properties.protocol();
        // a mail server that accepts the connection and then says nothing must not hold the poll: every step times out
        session.put("mail." + protocol + ".connectiontimeout", String.valueOf(properties.connectTimeout().toMillis()));
        session.put("mail." + protocol + ".timeout", String.valueOf(properties.timeout().toMillis()));
        session.put("mail." + protocol + ".writetimeout", String.valueOf(properties.timeout().toMillis()));
        session.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        return session;
    }

}
