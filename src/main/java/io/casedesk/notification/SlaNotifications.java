package io.casedesk.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.sla.SlaWarningRaised;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseTeam;
import io.casedesk.supportcase.CaseView;

/** Warns the agents working a case when one of its SLA clocks nears its due time. */
@Component
class SlaNotifications {

    private static final Logger log = LoggerFactory.getLogger(SlaNotifications.class);
    private static final Caller SYSTEM = Caller.agent("system", Set.of());

    private final Notifications notifications;
    private final CaseManagement cases;
    private final CaseTeam team;
    private final CustomerDirectory directory;

    SlaNotifications(Notifications notifications, CaseManagement cases, CaseTeam team, CustomerDirectory directory) {
        this.notifications = notifications;
        this.cases = cases;
        this.team = team;
        this.directory = directory;
    }

    /** In the warning's own transaction, so the warning and its notice commit together. */
    @EventListener
    void on(SlaWarningRaised warning) {
        CaseView c = cases.get(warning.caseNumber(), SYSTEM).view();
        Set<String> addresses = team.addresses(c.number());
        if (addresses.isEmpty()) {
            log.warn("{}: {} clock nearly due, but no agent with an email address works the case", c.number(),
                    warning.clock());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("subject", c.subject());
        model.put("priority", c.priority().name());
        model.put("status", c.status().name());
        model.put("clock", warning.clock().label());
        model.put("dueAt", MailDates.format(warning.dueAt(), directory.organization(c.organization()).timeZone(),
                Locale.ENGLISH));
        notifications.send(Notifications.Outgoing.toStaff(NotificationKind.SLA_WARNING,
                "sla-warning:" + c.number() + ":" + warning.clock() + ":" + warning.dueAt().getEpochSecond(),
                c.organization(), c.number(), model, addresses));
    }
}
