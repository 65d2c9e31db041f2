package io.casedesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.AsSystem;

/**
 * Delivers outbox notifications over SMTP ({@code spring.mail.*}). Each notification is sent by its own
 * {@code NotificationDeliveryProcess} instance, whose asynchronous step retries when the mail server is
 * down and raises an incident in Cockpit when retries run out. Without a mail server the notifications are
 * only recorded, and visible through the API.
 */
@Component
class MailDelivery {

    /** Marks every mail Casedesk sends with the case it belongs to. */
    static final String CASE_HEADER = "X-Casedesk-Case";

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final NotificationRepository notifications;
    private final NotificationProperties properties;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final NotificationMetrics metrics;

    /** Looked up when a mail goes out: the sources of files send mail themselves. */
    private final ObjectProvider<MailAttachments> attachments;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, RuntimeService runtimeService, IdentityService identityService,
            NotificationRepository notifications, NotificationProperties properties,
            PlatformTransactionManager transactionManager, Clock clock, ObjectProvider<MailAttachments> attachments,
            NotificationMetrics metrics) {
        this.metrics = metrics;
        this.attachments = attachments;
        this.mailSender = mailSender;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.notifications = notifications;
        this.properties = properties;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportMode() {
        if (mailSender.getIfAvailable() == null) {
            log.info("No mail server is configured (spring.mail.host): notifications are recorded, not mailed");
        }
    }

    /** A new notification, before it is stored: recorded only, when there is no mail server to send it to. */
    Notification prepare(Notification notification) {
        if (mailSender.getIfAvailable() == null) {
            notification.recorded();
        }
        return notification;
    }

    /** Starts the delivery of a new notification, once stored, unless it is only recorded. */
    void schedule(Notification notification) {
        if (notification.status() != Notification.Status.PENDING) {
            return;
        }
        metrics.queued();
        String businessKey = notification.caseNumber() != null ? notification.caseNumber()
                : "notification-" + notification.id();
        AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(NotificationDeliveryProcess.PROCESS_ID,
                businessKey, Map.of(NotificationDeliveryProcess.NOTIFICATION_ID, notification.id())));
    }

    /**
     * Sends the notification once; a failure is recorded on it and thrown, so the job retries. The attempt is recorded
     * before the mail goes out and the server's acceptance right after, each in its own transaction: a job whose own
     * commit fails after the server accepted the mail finds it sent when it retries, and sends nothing. What stays
     * at-least-once: the server accepted the mail but the database could not record that (it failed in that very
     * moment); the retry then sends the same mail again, with the same Message-ID.
     */
    void deliver(long id) {
        Notification notification = separateTransaction.execute(status -> {
            Notification found = notifications.findById(id)
                    .orElseThrow(() -> new IllegalStateException("Notification " + id + " does not exist"));
            if (found.status() == Notification.Status.PENDING) {
                found.attemptStarted();
            }
            return found;
        });
        if (notification.status() != Notification.Status.PENDING) {
            return;
        }
        try {
            mailSender.getObject().send(message(notification));
        } catch (MailException | MessagingException e) {
            separateTransaction.executeWithoutResult(status -> notifications.findById(id)
                    .ifPresent(failed -> failed.attemptFailed(e.getMessage())));
            metrics.failed();
            throw new MailDeliveryException("Mail to " + notification.recipient() + " failed: " + e.getMessage(), e);
        }
        separateTransaction.executeWithoutResult(status -> notifications.findById(id)
                .ifPresent(sent -> sent.sent(Instant.now(clock))));
        metrics.sent();
    }

    private MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(Session.getInstance(new Properties()), notification.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setReplyTo(properties.replyTo());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(notification.bodyText(), notification.bodyHtml());
        if (notification.attachmentRef() != null) {
            MailAttachments.File file = attachments.orderedStream()
                    .map(source -> source.file(notification.attachmentRef())).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new MessagingException("The attachment " + notification.attachmentRef()
                            + " of the mail to " + notification.recipient() + " no longer exists."));
            helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
        }
        message.setHeader("Auto-Submitted", notification.autoReply() ? "auto-replied" : "auto-generated");
        if (notification.caseNumber() != null) {
            String thread = Notification.threadId(notification.caseNumber(), properties.domain());
            message.setHeader("References", thread);
            message.setHeader("In-Reply-To", thread);
            message.setHeader(CASE_HEADER, notification.caseNumber());
        }
        return message;
    }

    /** Delivery failed; the job will retry. */
    static final class MailDeliveryException extends RuntimeException {
        MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
