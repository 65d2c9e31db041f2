package io.casedesk.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.SlaBreached;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseView;
import io.casedesk.supportcase.SupportCase;

/**
 * Hierarchical escalation: a customer's request or an SLA breach raises the case one level up its plan's
 * path and notifies the roles that {@code EscalationContacts} names for that level at that moment. A case
 * starts at level 0 (not escalated). Raises within {@code casedesk.escalation.repeat-interval} of the last
 * one are recorded but leave the level as it is, so repeated requests never skip a level.
 */
@Service
@Transactional
public class Escalations {

    /** What a request for escalation did. */
    public enum Result {
        /** The case went one level up and that level was notified. */
        RAISED,
        /** The case was already at the top of its path; the top level was notified again. */
        TOP_OF_PATH,
        /** The case went up a moment ago; the request is on the history and the level stays. */
        ALREADY_RAISED
    }

    /** The level a case is at after a request, and whom the request notified. */
    public record Outcome(String caseNumber, int level, Result result, List<String> notified) {
    }

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final Caller SYSTEM = Caller.agent("system", Set.of());

    private final CaseEscalationRepository escalations;
    private final EscalationContacts contacts;
    private final EscalationProperties properties;
    private final CaseManagement cases;
    private final CustomerDirectory directory;
    private final Notifications notifications;
    private final Clock clock;

    Escalations(CaseEscalationRepository escalations, EscalationContacts contacts, EscalationProperties properties,
            CaseManagement cases, CustomerDirectory directory, Notifications notifications, Clock clock) {
        this.escalations = escalations;
        this.contacts = contacts;
        this.properties = properties;
        this.cases = cases;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A contact (or an agent on the customer's behalf) asks for the case to be escalated. */
    public Outcome request(String caseNumber, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Tell us in 'reason' why the case needs escalating.");
        }
        SupportCase supportCase = cases.get(caseNumber, caller);
        if (supportCase.status().isClosed()) {
            throw new ConflictException(supportCase.number() + " is " + supportCase.status()
                    + "; reopen it if the issue is back.");
        }
        return raise(supportCase.view(), "Escalation requested by " + caller.login() + ": " + reason.strip(),
                caller.login(), pathOf(supportCase.view()));
    }

    /** A step of the incident flow overran its target: the case goes one level up its organization's path. */
    public Outcome stepOverrun(String caseNumber, String why) {
        CaseView c = cases.get(caseNumber, SYSTEM).view();
        return raise(c, why, "system", pathOf(c));
    }

    /** The level the case is at: 0 when it was never escalated. */
    @Transactional(readOnly = true)
    public int level(String caseNumber) {
        return escalations.findById(caseNumber).map(CaseEscalation::level).orElse(0);
    }

    /** In the breach's own transaction: a breach is never recorded without its escalation. */
    @EventListener
    void breached(SlaBreached breach) {
        CaseView c = cases.get(breach.caseNumber(), SYSTEM).view();
        if (!c.status().isClosed()) {
            ZoneId zone = directory.organization(c.organization()).timeZone();
            raise(c, "The " + breach.clock().label() + " target was missed (due "
                    + breach.dueAt().atZone(zone).toOffsetDateTime() + ")", "system", pathOf(c));
        }
    }

    /** The management escalation path of the organization's own plan. */
    private String pathOf(CaseView c) {
        return directory.organization(c.organization()).escalationPath();
    }

    private Outcome raise(CaseView c, String why, String actor, String path) {
        Instant now = Instant.now(clock);
        CaseEscalation escalation = escalations.findById(c.number()).orElseGet(() -> new CaseEscalation(c.number()));
        int current = escalation.level();
        if (escalation.isRecentlyRaised(now, properties.repeatInterval())) {
            cases.recordInHistory(c.number(), why + "; already escalated to level " + current + " within "
                    + properties.repeatInterval().toMinutes() + " minutes, the level stays", actor);
            return new Outcome(c.number(), current, Result.ALREADY_RAISED, List.of());
        }
        String productLine = c.productLine();
        List<String> roles = contacts.roles(path, productLine, current + 1, now);
        Result result;
        if (roles.isEmpty() && current > 0) {
            roles = contacts.roles(path, productLine, current, now);
            escalation.renotified(now);
            result = Result.TOP_OF_PATH;
            cases.recordInHistory(c.number(), why + "; already at the top of the escalation path (level " + current
                    + "), notified " + String.join(", ", names(roles)) + " again", actor);
        } else {
            escalation.raiseTo(current + 1, now);
            result = Result.RAISED;
            cases.recordInHistory(c.number(), "Escalated to level " + (current + 1)
                    + (roles.isEmpty() ? "" : ", notified " + String.join(", ", names(roles))) + ": " + why, actor);
        }
        escalations.save(escalation);
        notify(c, escalation.level(), roles, why, actor, now);
        return new Outcome(c.number(), escalation.level(), result, roles);
    }

    private void notify(CaseView c, int level, List<String> roles, String why, String actor, Instant now) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String role : roles) {
            EscalationProperties.Role holder = properties.roles().get(role);
            if (holder == null || holder.email() == null) {
                log.error("{}: escalation role {} has no address (casedesk.escalation.roles.{})", c.number(), role, role);
            } else {
                addresses.add(holder.email());
            }
        }
        if (addresses.isEmpty()) {
            log.warn("{}: escalation level {} reaches nobody at {}", c.number(), level, now);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("level", level);
        model.put("roles", names(roles));
        model.put("reason", why);
        model.put("raisedBy", actor);
        model.put("subject", c.subject());
        model.put("priority", c.priority().name());
        model.put("status", c.status().name());
        model.put("productLine", c.productLine());
        notifications.send(Notifications.Outgoing.toStaff(NotificationKind.ESCALATION_NOTICE,
                "escalation:" + c.number() + ":" + level + ":" + now.toEpochMilli(), c.organization(), c.number(), model,
                addresses));
    }

    private List<String> names(List<String> roles) {
        List<String> names = new ArrayList<>();
        for (String role : roles) {
            EscalationProperties.Role holder = properties.roles().get(role);
            names.add(holder == null || holder.name() == null ? role : holder.name());
        }
        return names;
    }
}
