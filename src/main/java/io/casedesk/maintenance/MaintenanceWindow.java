package io.casedesk.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;

/** One maintenance window: when, what it touches, why, and where it stands. */
@Entity
@Table(name = "maintenance_window")
class MaintenanceWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private MaintenanceKind kind;
    private String slotKey;
    private String title;
    private String description;
    private String justification;
    private String productLines;
    private boolean serviceImpact;
    private Instant startsAt;
    private Instant endsAt;
    private Instant noticeAt;
    @Enumerated(EnumType.STRING)
    private MaintenanceStatus status;
    private int revision;
    private String warning;
    private String createdBy;
    private Instant createdAt;
    private String changeReason;

    @Version
    private long version;

    protected MaintenanceWindow() {
    }

    /**
     * @param noticeBefore how long before the start the advance notice goes out; {@code null}: at once
     */
    MaintenanceWindow(MaintenanceKind kind, String slotKey, String title, String description, String justification,
            List<String> productLines, boolean serviceImpact, Instant startsAt, Instant endsAt, Duration noticeBefore,
            String createdBy, Instant now) {
        if (productLines.isEmpty()) {
            throw new InvalidRequestException("Name at least one affected product line.");
        }
        this.kind = kind;
        this.slotKey = slotKey;
        this.title = title;
        this.description = description;
        this.justification = justification;
        this.productLines = String.join(",", productLines);
        this.serviceImpact = serviceImpact;
        this.status = MaintenanceStatus.SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = now;
        schedule(startsAt, endsAt, noticeBefore, now);
    }

    private void schedule(Instant start, Instant end, Duration noticeBefore, Instant now) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidRequestException("A maintenance window ends after it starts.");
        }
        this.startsAt = start;
        this.endsAt = end;
        Instant notice = noticeBefore == null ? now : start.minus(noticeBefore);
        this.noticeAt = notice.isBefore(now) ? now : notice;
    }

    /** Moves the window; only before it starts. */
    void reschedule(Instant start, Instant end, String reason, Instant now) {
        if (status != MaintenanceStatus.SCHEDULED) {
            throw new ConflictException("Maintenance window " + id + " is " + label(status) + "; only a scheduled window "
                    + "can be moved.");
        }
        if (!start.isAfter(now)) {
            throw new InvalidRequestException("The new start must lie in the future.");
        }
        Duration noticeBefore = Duration.between(noticeAt, startsAt);
        schedule(start, end, noticeBefore.isZero() ? null : noticeBefore, now);
        this.revision++;
        this.changeReason = reason;
    }

    void cancel(String reason) {
        if (status != MaintenanceStatus.SCHEDULED) {
            throw new ConflictException("Maintenance window " + id + " is " + label(status) + "; only a scheduled window "
                    + "can be cancelled.");
        }
        this.status = MaintenanceStatus.CANCELLED;
        this.changeReason = reason;
    }

    void started() {
        if (status == MaintenanceStatus.SCHEDULED) {
            this.status = MaintenanceStatus.IN_PROGRESS;
        }
    }

    void completed() {
        if (status == MaintenanceStatus.IN_PROGRESS || status == MaintenanceStatus.SCHEDULED) {
            this.status = MaintenanceStatus.COMPLETED;
        }
    }

    void warn(String text) {
        this.warning = text;
    }

    MaintenanceView view() {
        return new MaintenanceView(id, kind, title, description, justification, productLines(), serviceImpact, startsAt,
                endsAt, noticeAt, status, revision, changeReason, warning);
    }

    private static String label(MaintenanceStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    Long id() {
        return id;
    }

    MaintenanceKind kind() {
        return kind;
    }

    List<String> productLines() {
        return Arrays.asList(productLines.split(","));
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Instant noticeAt() {
        return noticeAt;
    }

    MaintenanceStatus status() {
        return status;
    }

    int revision() {
        return revision;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String justification() {
        return justification;
    }

    boolean serviceImpact() {
        return serviceImpact;
    }

    String changeReason() {
        return changeReason;
    }
}
