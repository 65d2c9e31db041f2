package io.casedesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;

/**
 * Writes notifications to the outbox, one per recipient, rendered in the organization's language, and
 * hands each to {@link MailDelivery}. Runs in the caller's transaction, so a notification exists exactly
 * when the change that caused it commits.
 */
@Service
@Transactional
public class Notifications {

    /**
     * A notice to send.
     *
     * @param eventKey     identifies the occurrence; the same key and recipient are never written twice
     * @param organization the organization concerned, or {@code null} (e.g. an unknown sender)
     * @param caseNumber   the case, or {@code null}; it prefixes the subject as {@code [CS-000123]}
     * @param reporter     the case's reporting contact, or {@code null}
     * @param addressee    the address the notice answers, or {@code null}
     * @param model        the template's variables
     * @param autoReply    an automatic answer to an incoming mail rather than a notice
     * @param staff        the support staff addressed by a notice for staff (audience {@code STAFF})
     */
    public record Outgoing(NotificationKind kind, String eventKey, String organization, String caseNumber, String reporter,
            String addressee, Map<String, Object> model, boolean autoReply, Set<String> staff, String attachment) {

        public Outgoing(NotificationKind kind, String eventKey, String organization, String caseNumber, String reporter,
                String addressee, Map<String, Object> model, boolean autoReply, Set<String> staff) {
            this(kind, eventKey, organization, caseNumber, reporter, addressee, model, autoReply, staff, null);
        }

        public Outgoing(NotificationKind kind, String eventKey, String organization, String caseNumber, String reporter,
                String addressee, Map<String, Object> model, boolean autoReply) {
            this(kind, eventKey, organization, caseNumber, reporter, addressee, model, autoReply, Set.of(), null);
        }

        /** The same mail with a file attached, named by a reference that a {@link MailAttachments} resolves. */
        public Outgoing attaching(String reference) {
            return new Outgoing(kind, eventKey, organization, caseNumber, reporter, addressee, model, autoReply, staff,
                    reference);
        }

        /** A notice to support staff about a case, such as an SLA warning or an escalation. */
        public static Outgoing toStaff(NotificationKind kind, String eventKey, String organization, String caseNumber,
                Map<String, Object> model, Set<String> staff) {
            return new Outgoing(kind, eventKey, organization, caseNumber, null, null, model, false, staff);
        }
    }

    private static final Pattern CASE_THREAD = Pattern.compile("<(CS-\\d{6,})@[^>]+>");

    private final NotificationRepository notifications;
    private final RecipientRules recipients;
    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final CustomerDirectory directory;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifications(NotificationRepository notifications, RecipientRules recipients, MailTemplates templates,
            MailDelivery delivery, CustomerDirectory directory, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.templates = templates;
        this.delivery = delivery;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    public List<NotificationView> send(Outgoing outgoing) {
        OrganizationInfo organization = outgoing.organization() == null ? null
                : directory.organization(outgoing.organization());
        Locale locale = organization == null || outgoing.kind().isForStaff() ? Locale.ENGLISH : organization.locale();
        Instant now = Instant.now(clock);
        Map<String, String> addressees = recipients.recipients(outgoing.kind(), outgoing.organization(),
                outgoing.reporter(), outgoing.addressee(), outgoing.staff());
        Set<String> written = addressees.isEmpty() ? Set.of()
                : notifications.findRecipientsByEventKey(outgoing.eventKey());
        List<NotificationView> sent = new ArrayList<>();
        addressees.forEach((recipient, name) -> {
            if (written.contains(recipient)) {
                return;
            }
            Map<String, Object> model = new HashMap<>(outgoing.model());
            model.put("caseNumber", outgoing.caseNumber());
            model.put("organizationName", organization == null ? null : organization.name());
            model.put("recipientName", name);
            model.put("publicUrl", properties.publicUrl().toString());
            MailTemplates.RenderedMail mail = subjectWithCaseNumber(templates.render(outgoing.kind(), locale, model),
                    outgoing.caseNumber());
            Notification notification = new Notification(outgoing.eventKey(), outgoing.kind(), outgoing.caseNumber(),
                    outgoing.organization(), recipient, locale.toLanguageTag(), mail, outgoing.autoReply(),
                    properties.domain(), now);
            notification.attach(outgoing.attachment());
            delivery.schedule(notifications.save(delivery.prepare(notification)));
            sent.add(notification.view());
        });
        return sent;
    }

    /** Every notification of a case, whole: for the system's own steps, never for showing to a person. */
    @Transactional(readOnly = true)
    public List<NotificationView> forCase(String caseNumber) {
        return notifications.findByCaseNumberOrderById(caseNumber).stream().map(Notification::view).toList();
    }

    /**
     * The notifications of a case as the viewer may read them: a contact reads the customer notices of its
     * own organization and the personal ones addressed to it; staff read every notice, but not the text of a
     * personal one (approval, confirmation and unsubscribe links belong to their recipient alone).
     */
    @Transactional(readOnly = true)
    public List<NotificationView> forCase(String caseNumber, Caller viewer) {
        return notifications.findByCaseNumberOrderById(caseNumber).stream()
                .flatMap(notification -> notification.viewFor(viewer).stream())
                .toList();
    }

    /** Every notification of the occurrences whose key starts with the prefix, such as one maintenance window's. */
    @Transactional(readOnly = true)
    public List<NotificationView> forEvents(String eventKeyPrefix) {
        return notifications.findByEventKeyStartingWithOrderById(eventKeyPrefix).stream().map(Notification::view).toList();
    }

    /**
     * The case a mail of ours belongs to, from a Message-ID that a reply names in {@code In-Reply-To} or
     * {@code References}: one of our notifications, or the thread of a case ({@code <CS-000123@domain>}).
     */
    @Transactional(readOnly = true)
    public Optional<String> caseOfMessage(String messageId) {
        String id = messageId.strip();
        Matcher thread = CASE_THREAD.matcher(id);
        if (thread.matches() && id.equals(Notification.threadId(thread.group(1), properties.domain()))) {
            return Optional.of(thread.group(1));
        }
        return notifications.findFirstByMessageId(id).map(Notification::caseNumber);
    }

    /** Subjects of case notifications always start with the case number in brackets, so replies thread back. */
    private static MailTemplates.RenderedMail subjectWithCaseNumber(MailTemplates.RenderedMail mail, String caseNumber) {
        if (caseNumber == null || mail.subject().contains("[" + caseNumber + "]")) {
            return mail;
        }
        return new MailTemplates.RenderedMail("[" + caseNumber + "] " + mail.subject(), mail.html(), mail.text());
    }
}
