package io.casedesk.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * A maintenance window as the API and the status page show it.
 *
 * @param noticeAt   when the advance notice goes (went) out
 * @param revision   how often the window was moved
 * @param warning    for staff: why the timing deserves a second look (unscheduled work in business hours)
 */
public record MaintenanceView(Long id, MaintenanceKind kind, String title, String description, String justification,
        List<String> productLines, boolean serviceImpact, Instant startsAt, Instant endsAt, Instant noticeAt,
        MaintenanceStatus status, int revision, String changeReason, String warning) {

    /** The same without what only staff read. */
    public MaintenanceView forPublic() {
        return new MaintenanceView(id, kind, title, description, justification, productLines, serviceImpact, startsAt,
                endsAt, noticeAt, status, revision, changeReason, null);
    }
}
