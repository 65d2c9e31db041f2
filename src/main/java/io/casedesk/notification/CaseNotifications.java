package io.casedesk.notification;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.sla.SlaClocks;
import io.casedesk.supportcase.CaseEvent;
import io.casedesk.supportcase.CaseSettings;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.CaseView;
import io.casedesk.supportcase.Priority;

/**
 * Tells the customer about every customer-visible step of a case. Runs just before the change commits,
 * when the case's SLA clocks are known, and writes the notifications in the same transaction.
 */
@Component
class CaseNotifications {

    private final Notifications notifications;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final CaseSettings caseSettings;

    CaseNotifications(Notifications notifications, CustomerDirectory directory, SlaClocks slaClocks,
            CaseSettings caseSettings) {
        this.notifications = notifications;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.caseSettings = caseSettings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseEvent event) {
        CaseView c = event.supportCase();
        if (c.priority() == Priority.P1G) {
            return; // master cases are told by the master-case flow to every affected organization (MASTER_CASE_UPDATE)
        }
        if (event.type() == CaseEvent.Type.OPENED && c.type() == CaseType.MACD) {
            return; // the MACD request flow acknowledges the request itself (MACD_RECEIVED)
        }
        OrganizationInfo organization = directory.organization(c.organization());
        ZoneId zone = organization.timeZone();
        Locale locale = organization.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("subject", c.subject());
        model.put("priority", c.priority().name());
        model.put("status", c.status().name());
        model.put("channel", c.channel().name());
        model.put("message", event.message());
        model.put("relatedCase", c.relatedCase());
        model.put("duplicateOf", c.duplicateOf());
        model.put("carrier", c.carrier());
        model.put("trackingReference", c.trackingReference());
        model.put("holdUntil", MailDates.format(c.onHoldUntil(), zone, locale));
        model.put("etr", MailDates.format(c.etr(), zone, locale));
        model.put("noResponseDays", caseSettings.noResponseBusinessDays());
        model.put("reopenDays", caseSettings.reopenWindow().getDays());
        model.put("reopenUntil", c.closedAt() == null ? null
                : MailDates.format(caseSettings.reopenDeadline(c.closedAt(), zone), zone, locale));
        if (event.type() == CaseEvent.Type.OPENED) {
            model.put("expectedFirstResponse", MailDates.format(slaClocks.status(c.number()).initialResponseDue(), zone,
                    locale));
        }
        model.putAll(event.facts());
        // the closing step of an incident is told as a step of the incident flow
        NotificationKind kind = event.facts().containsKey("step") ? NotificationKind.INCIDENT_STEP : kind(event.type());
        notifications.send(new Notifications.Outgoing(kind, event.id().toString(), c.organization(),
                c.number(), c.reporter(), null, model, false));
    }

    static NotificationKind kind(CaseEvent.Type type) {
        return switch (type) {
            case OPENED -> NotificationKind.CASE_OPENED;
            case PUBLIC_UPDATE -> NotificationKind.CASE_UPDATED;
            case QUESTION -> NotificationKind.CUSTOMER_QUESTION;
            case ON_HOLD -> NotificationKind.CASE_ON_HOLD;
            case SHIPPING -> NotificationKind.CASE_SHIPPING;
            case RESOLVED -> NotificationKind.CASE_RESOLVED;
            case CLOSED -> NotificationKind.CASE_CLOSED;
            case CLOSED_NO_RESPONSE -> NotificationKind.CASE_CLOSED_NO_RESPONSE;
            case REOPENED -> NotificationKind.CASE_REOPENED;
            case DUPLICATE -> NotificationKind.CASE_DUPLICATE;
            case INFORMATION_MISSING -> NotificationKind.INFORMATION_MISSING;
            case INCIDENT_STEP -> NotificationKind.INCIDENT_STEP;
        };
    }
}
