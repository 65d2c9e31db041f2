package io.casedesk.notification;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail server as a component of {@code /actuator/health} ({@code mail}): when it cannot be reached the
 * application is {@code DEGRADED}, not down. Notifications wait in the outbox and their delivery jobs retry, so the
 * application stays ready and alive ({@code /actuator/health/readiness} and {@code liveness} leave mail out).
 */
@Component("mailHealthIndicator")
class MailServerHealth extends AbstractHealthIndicator {

    /** The application works, one of its outside services does not. */
    static final Status DEGRADED = new Status("DEGRADED", "Notifications are queued until the mail server answers");

    private final ObjectProvider<JavaMailSender> mailSender;

    MailServerHealth(ObjectProvider<JavaMailSender> mailSender) {
        super("Mail server health check failed");
        this.mailSender = mailSender;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!(mailSender.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
            builder.up().withDetail("delivery", "no mail server configured: notifications are recorded, not mailed");
            return;
        }
        builder.withDetail("location", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            builder.up();
        } catch (MessagingException unreachable) {
            builder.status(DEGRADED).withDetail("error", unreachable.getMessage());
        }
    }
}
