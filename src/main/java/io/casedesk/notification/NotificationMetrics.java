package io.casedesk.notification;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.casedesk.common.RefreshedMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The notification outbox for Prometheus: {@code casedesk_notifications_outbox} by status (PENDING: queued for delivery
 * or a retry), and the counters {@code casedesk_notifications_queued_total}, {@code casedesk_notifications_sent_total}
 * and {@code casedesk_notifications_failed_total} (delivery attempts the mail server refused or did not answer).
 */
@Component
class NotificationMetrics implements RefreshedMetrics {

    private final JdbcClient jdbc;
    private final MultiGauge outbox;
    private final Counter queued;
    private final Counter sent;
    private final Counter failed;

    NotificationMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.outbox = MultiGauge.builder("casedesk.notifications.outbox").description("Notifications by delivery status")
                .register(registry);
        this.queued = Counter.builder("casedesk.notifications.queued").description("Notifications queued for mail")
                .register(registry);
        this.sent = Counter.builder("casedesk.notifications.sent").description("Notifications the mail server accepted")
                .register(registry);
        this.failed = Counter.builder("casedesk.notifications.failed")
                .description("Delivery attempts that failed (each is retried until its retries run out)").register(registry);
    }

    @Override
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${casedesk.metrics.refresh-every:PT30S}",
            initialDelayString = "${casedesk.metrics.refresh-every:PT30S}")
    public void refresh() {
        // only the live part, by the status index: delivered mail (SENT, RECORDED) is counted as it happens
        long pending = jdbc.sql("select count(*) from notification where status = ?")
                .param(Notification.Status.PENDING.name()).query(Long.class).single();
        outbox.register(List.of(MultiGauge.Row.of(Tags.of("status", Notification.Status.PENDING.name()), pending)), true);
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
