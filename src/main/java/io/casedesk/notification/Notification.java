package io.casedesk.notification;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.casedesk.common.Sha256;
import io.casedesk.customer.Caller;

/** One mail to one recipient, as rendered when the change happened, and its delivery state. */
@Entity
@Table(name = "notification")
class Notification {

    /** Where a notification stands. */
    enum Status {
        /** Waiting for delivery (or for a retry). */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Kept but not mailed, because no mail server is configured. */
        RECORDED
    }

    /** How much of the event key a Message-ID repeats, for people reading mail headers. */
    private static final int MAX_READABLE_ID = 100;

    /** The text shown instead of a personal notification's own. */
    static final String WITHHELD = "(Withheld: this mail carries a personal link for its recipient only.)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String eventKey;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String caseNumber;
    private String organizationCode;
    private String recipient;
    private String locale;
    private String subject;
    private String bodyHtml;
    private String bodyText;
    private String messageId;
    private boolean autoReply;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;
    private Instant sentAt;
    private int attempts;
    private String lastError;
    /** A file sent with the mail, as a reference a {@link MailAttachments} resolves when the mail goes out. */
    private String attachmentRef;

    protected Notification() {
    }

    Notification(String eventKey, NotificationKind kind, String caseNumber, String organizationCode, String recipient,
            String locale, MailTemplates.RenderedMail mail, boolean autoReply, String domain, Instant now) {
        this.eventKey = eventKey;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.organizationCode = organizationCode;
        this.recipient = recipient;
        this.locale = locale;
        this.subject = mail.subject();
        this.bodyHtml = mail.html();
        this.bodyText = mail.text();
        this.autoReply = autoReply;
        this.messageId = messageId(eventKey, recipient, domain);
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** The Message-ID that stands for a case's whole thread; every mail of the case refers to it. */
    static String threadId(String caseNumber, String domain) {
        return "<" + caseNumber + "@" + domain + ">";
    }

    /**
     * Stable per event and recipient, so a retried delivery is recognisably the same mail, and a valid RFC 5322
     * msg-id whatever the event key holds (such as the Message-ID of the mail an automatic answer replies to):
     * a dot-atom of the key's letters, digits, hyphens and underscores, then a digest of key and recipient.
     */
    static String messageId(String eventKey, String recipient, String domain) {
        String readable = eventKey.replaceAll("[^A-Za-z0-9_-]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (readable.length() > MAX_READABLE_ID) {
            readable = readable.substring(0, MAX_READABLE_ID).replaceAll("\\.+$", "");
        }
        String digest = Sha256.hex(eventKey + "\n" + recipient).substring(0, 20);
        return "<" + (readable.isEmpty() ? "" : readable + ".") + digest + "@" + domain + ">";
    }

    void attach(String reference) {
        this.attachmentRef = reference;
    }

    String attachmentRef() {
        return attachmentRef;
    }

    /** A delivery attempt starts: recorded before the mail goes out. */
    void attemptStarted() {
        this.attempts++;
        this.lastError = null;
    }

    void attemptFailed(String error) {
        this.lastError = error == null ? "failed" : error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
        this.lastError = null;
    }

    void recorded() {
        this.status = Status.RECORDED;
    }

    Long id() {
        return id;
    }

    NotificationKind kind() {
        return kind;
    }

    String caseNumber() {
        return caseNumber;
    }

    String recipient() {
        return recipient;
    }

    String locale() {
        return locale;
    }

    String subject() {
        return subject;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String bodyText() {
        return bodyText;
    }

    String messageId() {
        return messageId;
    }

    boolean autoReply() {
        return autoReply;
    }

    Status status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    /** What the viewer may read of this notification, if anything (see {@link NotificationKind.Visibility}). */
    Optional<NotificationView> viewFor(Caller viewer) {
        boolean addressedToViewer = recipient.equalsIgnoreCase(viewer.login());
        return switch (kind.visibility()) {
            case STAFF -> viewer.isAgent() ? Optional.of(view()) : Optional.empty();
            case PERSONAL -> addressedToViewer ? Optional.of(view())
                    : viewer.isAgent() ? Optional.of(withheld()) : Optional.empty();
            case CUSTOMER -> viewer.isAgent() || viewer.organization().equals(organizationCode) ? Optional.of(view())
                    : Optional.empty();
        };
    }

    /** The notification without its text, which holds a secret of its recipient. */
    private NotificationView withheld() {
        return new NotificationView(id, kind, caseNumber, recipient, locale, subject, WITHHELD, messageId, status.name(),
                createdAt, sentAt, attempts, lastError);
    }

    NotificationView view() {
        return new NotificationView(id, kind, caseNumber, recipient, locale, subject, bodyText, messageId, status.name(),
                createdAt, sentAt, attempts, lastError);
    }
}
