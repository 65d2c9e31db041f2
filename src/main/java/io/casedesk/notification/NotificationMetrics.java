package io.casedesk.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.casedesk.common.RefreshedMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The notification outbox for Prometheus: {@code casedesk_notifications_outbox} by status (PENDING: queued for delivery
 * or a retry), and the counters {@code casedesk_notifications_queued_total}, {@code casedesk_notifications_sent_total}
 * and {@code casedesk_notifications_failed_total} (delivery attempts the mail server refused or did not answer).
 */
@Component
class NotificationMetrics implements RefreshedMetrics {

    private final JdbcClient jdbc;
    private final Counter queued;
    private final Counter sent;
    private final Counter failed;
    private volatile long pending;

    NotificationMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("casedesk.notifications.outbox", this, metrics -> metrics.pending)
                .description("Notifications by delivery status").tag("status", Notification.Status.PENDING.name())
                .register(registry);
        this.queued = Counter.builder("casedesk.notifications.queued").description("Notifications queued for mail")
                .register(registry);
        this.sent = Counter.builder("casedesk.notifications.sent").description("Notifications the mail server accepted")
                .register(registry);
        this.failed = Counter.builder("casedesk.notifications.failed")
                .description("Delivery attempts that failed (each is retried until its retries run out)").register(registry);
    }

    @Override
    public void refresh() {
        // only the live part, by the status index: delivered mail (SENT, RECORDED) is counted as it happens
        pending = jdbc.sql("select count(*) from notification where status = ?")
                .param(Notification.Status.PENDING.name()).query(Long.class).single();
    }

    void queued() {
        queued.increment();
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }
}
