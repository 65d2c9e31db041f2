package io.casedesk.supportcase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;

/**
 * A support case: the aggregate that owns its status, its history and its conversation. Every status
 * change goes through a method here that decides whether the change is allowed and records it in the
 * history with time, actor, from, to and reason; nothing else sets the status. Each transition registers
 * what it changed beyond the case ({@link CaseChange}: SLA clocks, notices), published when the case is saved.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 1)
    private Long id;

    private String organizationCode;
    private String reporterEmail;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    private CaseType type;

    private String productLine;
    private String category;
    private String subject;
    private String description;

    @Convert(converter = DetailsConverter.class)
    private Map<String, Object> details;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String assignedGroup;
    private Instant openedAt;
    private Instant closedAt;
    private Long relatedCaseId;
    private Long duplicateOfId;
    private Long masterCaseId;
    private Instant etr;
    private Instant onHoldUntil;
    private Instant waitingForCustomerSince;
    /** The wait is for an MPOC's approval, which only the approval ends. */
    private boolean awaitingApproval;
    private String carrier;
    private String trackingReference;
    private String openedBy;
    private String idempotencyKey;
    private String requestFingerprint;

    @Version
    private long version;

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<CaseHistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<CaseComment> comments = new ArrayList<>();

    @Transient
    private final List<CaseChange> changes = new ArrayList<>();

    protected SupportCase() {
    }

    /** What a new case is opened with; validated and authorized by {@link CaseManagement}. */
    record Opening(String organization, String reporterEmail, Channel channel, CaseType type, String productLine,
            String subject, String description, Map<String, Object> details, Priority priority, String openedBy,
            Long relatedCaseId, String reason) {
    }

    static SupportCase open(Opening opening, Instant now) {
        SupportCase c = new SupportCase();
        c.organizationCode = opening.organization();
        c.reporterEmail = opening.reporterEmail();
        c.channel = opening.channel();
        c.type = opening.type();
        c.productLine = opening.productLine();
        c.subject = opening.subject();
        c.description = opening.description();
        c.details = opening.details() == null || opening.details().isEmpty() ? null : opening.details();
        c.priority = opening.priority();
        c.openedBy = opening.openedBy();
        c.relatedCaseId = opening.relatedCaseId();
        c.openedAt = now;
        c.changeStatus(CaseStatus.NEW, opening.openedBy(), opening.reason(), now);
        c.changes.add(new CaseChange.Opened(c));
        c.notice(CaseEvent.Type.OPENED, opening.openedBy(), now, null);
        return c;
    }

    void rememberIdempotencyKey(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
    }

    // --- agent work -------------------------------------------------------------------------------

    /** L1 triage: sets priority, type, product line and the group that works the case. */
    void triage(Priority newPriority, CaseType newType, String newProductLine, String newCategory, String group,
            String actor, Instant now) {
        requireStatus("triaged", CaseStatus.NEW);
        if (newPriority == Priority.P1G) {
            throw new InvalidRequestException("P1G is reserved for master cases; triage with P1 to P4.");
        }
        this.priority = Objects.requireNonNull(newPriority, "priority");
        this.type = Objects.requireNonNull(newType, "type");
        this.productLine = newProductLine;
        this.category = newCategory;
        this.assignedGroup = Objects.requireNonNull(group, "group");
        changeStatus(CaseStatus.IN_PROGRESS, actor,
                "Triaged as " + newPriority + " " + newType + (newProductLine != null ? " (" + newProductLine + ")" : "")
                        + ", assigned to " + group,
                now);
        changes.add(new CaseChange.Retargeted(this, now));
        changes.add(new CaseChange.Triaged(this));
    }

    /** An administrative request (billing, sales) goes to its team without technical triage. */
    void routeAdministrative(String group, String actor, Instant now) {
        requireStatus("routed", CaseStatus.NEW);
        if (!type.isAdministrative()) {
            throw new InvalidRequestException(number() + " is a " + type + " case; only billing and sales requests "
                    + "skip triage.");
        }
        this.assignedGroup = Objects.requireNonNull(group, "group");
        changeStatus(CaseStatus.IN_PROGRESS, actor, "Administrative request, assigned to " + group, now);
    }

    /** Closes this case in favour of {@code main}, which stays the one place where the issue is worked. */
    void markDuplicateOf(SupportCase main, String actor, Instant now) {
        requireOpen("marked as a duplicate");
        if (main.id.equals(id)) {
            throw new InvalidRequestException("A case cannot be a duplicate of itself.");
        }
        if (!main.organizationCode.equals(organizationCode)) {
            throw new InvalidRequestException(main.number() + " belongs to another organization; link cases of several "
                    + "organizations through a master case instead.");
        }
        if (main.status == CaseStatus.DUPLICATE) {
            throw new InvalidRequestException(main.number() + " is itself a duplicate of "
                    + CaseNumber.format(main.duplicateOfId) + "; use that case as the main case.");
        }
        if (main.status.isClosed()) {
            throw new InvalidRequestException(main.number() + " is closed; the main case of a duplicate must be open.");
        }
        this.duplicateOfId = main.id;
        this.closedAt = now;
        this.waitingForCustomerSince = null;
        this.awaitingApproval = false;
        changeStatus(CaseStatus.DUPLICATE, actor, "Duplicate of " + main.number(), now);
        clocksFollow(now);
        notice(CaseEvent.Type.DUPLICATE, actor, now, null);
    }

    /** A public update to the customer; a reopened case is back in progress once an agent answers. */
    CaseComment postAgentUpdate(String body, String actor, Instant now) {
        CaseComment comment = answer(body, actor, now);
        notice(CaseEvent.Type.PUBLIC_UPDATE, actor, comment.at(), comment.body());
        return comment;
    }

    /**
     * A step of a guided flow (the incident flow) done, posted to the customer as a public update; the notice
     * shows {@code facts} (at least {@code step}).
     */
    CaseComment postStep(String summary, String actor, Map<String, Object> facts, Instant now) {
        CaseComment comment = answer(summary, actor, now);
        notice(CaseEvent.Type.INCIDENT_STEP, actor, comment.at(), comment.body(), facts);
        return comment;
    }

    private CaseComment answer(String body, String actor, Instant now) {
        requireOpen("updated");
        CaseComment comment = addComment(actor, CaseComment.AuthorKind.AGENT, body, true, now);
        if (status == CaseStatus.CUSTOMER_REOPENED) {
            changeStatus(CaseStatus.IN_PROGRESS, actor, "Agent answered the reopened case", now);
        }
        changes.add(new CaseChange.PublicResponse(this, comment.at()));
        return comment;
    }

    CaseComment addInternalNote(String body, String actor, Instant now) {
        return addComment(actor, CaseComment.AuthorKind.AGENT, body, false, now);
    }

    /** The agent's estimated time of resolution, shown to the customer; {@code null} withdraws it. */
    void giveEtr(Instant newEtr, Instant now) {
        requireOpen("given an ETR");
        if (newEtr != null && !newEtr.isAfter(now)) {
            throw new InvalidRequestException("The estimated time of resolution must lie in the future.");
        }
        this.etr = newEtr;
        changes.add(new CaseChange.EtrGiven(this, newEtr, now));
    }

    /** Hands the work to another group (tier escalation); the status stays, the history records why. */
    void moveToGroup(String group, String reason, String actor, Instant now) {
        requireOpen("escalated");
        this.assignedGroup = Objects.requireNonNull(group, "group");
        record(reason, actor, now);
    }

    /**
     * A guided flow (a MACD request) takes the case over without triage: the group works it, and a new
     * case is in progress from now on.
     */
    void takeOver(String group, String reason, String actor, Instant now) {
        requireOpen("taken over");
        this.assignedGroup = Objects.requireNonNull(group, "group");
        if (status == CaseStatus.NEW) {
            changeStatus(CaseStatus.IN_PROGRESS, actor, reason, now);
        } else {
            record(reason, actor, now);
        }
        clocksFollow(now);
    }

    /**
     * Waits for an MPOC's approval; the SLA clocks pause meanwhile, and only the decision ends the wait (a comment
     * of the customer does not).
     */
    void awaitApproval(String reason, String actor, Instant now) {
        requireOpen("waiting for an approval");
        this.waitingForCustomerSince = now;
        this.awaitingApproval = true;
        record(reason, actor, now);
        clocksFollow(now);
    }

    /** The customer's organization answered: support works the case again. */
    void resumeWork(String reason, String actor, Instant now) {
        requireOpen("resumed");
        this.waitingForCustomerSince = null;
        this.awaitingApproval = false;
        record(reason, actor, now);
        clocksFollow(now);
    }

    /** Links this case to a master case (P1G), which is where a problem of several organizations is worked. */
    void linkToMaster(SupportCase master, String actor, Instant now) {
        requireOpen("linked to a master case");
        if (priority == Priority.P1G) {
            throw new InvalidRequestException(number() + " is a master case itself.");
        }
        if (master.priority != Priority.P1G) {
            throw new InvalidRequestException(master.number() + " is not a master case (P1G).");
        }
        if (master.status.isClosed()) {
            throw new ConflictException("Master case " + master.number() + " is resolved; link the case to an open one.");
        }
        if (master.id.equals(masterCaseId)) {
            return;
        }
        this.masterCaseId = master.id;
        record("Linked to master case " + master.number() + ": " + master.subject, actor, now);
    }

    /**
     * The master case this case is linked to was resolved: the case is resolved with the master's note and
     * waits for the customer's confirmation, whatever step it was in.
     */
    void resolveWithMaster(SupportCase master, String note, String actor, Instant now) {
        requireOpen("resolved");
        CaseComment comment = addComment(actor, CaseComment.AuthorKind.AGENT, note, true, now);
        this.onHoldUntil = null;
        this.awaitingApproval = false;
        this.waitingForCustomerSince = now;
        changeStatus(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED, actor, "Resolved with master case " + master.number(), now);
        changes.add(new CaseChange.PublicResponse(this, now));
        clocksFollow(now);
        notice(CaseEvent.Type.RESOLVED, actor, now, comment.body());
    }

    /** Starts waiting for facts the customer has not given yet; their reply resumes the work. */
    void awaitInformation(List<String> missing, String actor, Instant now) {
        requireOpen("waiting for information");
        this.waitingForCustomerSince = now;
        record("Waiting for the customer to give " + String.join(", ", missing), actor, now);
        clocksFollow(now);
        notice(CaseEvent.Type.INFORMATION_MISSING, actor, now, null, Map.of("missingFields", List.copyOf(missing)));
    }

    /** Adds or corrects facts of the case, such as those an incident report needs. */
    void updateDetails(Map<String, Object> changes, String actor, Instant now) {
        requireOpen("updated");
        Map<String, Object> merged = new LinkedHashMap<>(details());
        changes.forEach((key, value) -> {
            if (value == null || value.toString().isBlank()) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        this.details = merged.isEmpty() ? null : merged;
        record("Details recorded: " + String.join(", ", changes.keySet()), actor, now);
    }

    /** Writes an event that does not change the status (an escalation, say) to the history. */
    void record(String reason, String actor, Instant now) {
        history.add(new CaseHistoryEntry(this, now, actor, status, status, reason));
    }

    void putOnHold(Instant until, String reason, String actor, Instant now) {
        requireStatus("put on hold", CaseStatus.IN_PROGRESS, CaseStatus.CUSTOMER_REOPENED);
        if (until == null || !until.isAfter(now)) {
            throw new InvalidRequestException("The hold must end in the future.");
        }
        this.onHoldUntil = until;
        changeStatus(CaseStatus.ON_HOLD, actor, "On hold until " + until + (blank(reason) ? "" : ": " + reason), now);
        clocksFollow(now);
        notice(CaseEvent.Type.ON_HOLD, actor, now, reason);
    }

    /** Ends a hold; does nothing when the case is no longer on hold (the customer may have resumed it). */
    void resumeFromHold(String reason, String actor, Instant now) {
        if (status != CaseStatus.ON_HOLD) {
            return;
        }
        this.onHoldUntil = null;
        changeStatus(CaseStatus.IN_PROGRESS, actor, reason, now);
        clocksFollow(now);
    }

    void ship(String newCarrier, String newTrackingReference, String actor, Instant now) {
        requireStatus("shipped", CaseStatus.IN_PROGRESS, CaseStatus.CUSTOMER_REOPENED);
        if (blank(newTrackingReference)) {
            throw new InvalidRequestException("A shipment needs a tracking reference.");
        }
        this.carrier = newCarrier;
        this.trackingReference = newTrackingReference.trim();
        changeStatus(CaseStatus.SHIPPING, actor,
                "Hardware shipped" + (blank(newCarrier) ? "" : " with " + newCarrier) + ", tracking " + trackingReference, now);
        notice(CaseEvent.Type.SHIPPING, actor, now, null);
    }

    void deliveryConfirmed(String note, String actor, Instant now) {
        requireStatus("confirmed as delivered", CaseStatus.SHIPPING);
        changeStatus(CaseStatus.IN_PROGRESS, actor, "Delivery confirmed" + (blank(note) ? "" : ": " + note), now);
    }

    /** Asks the customer a question and starts waiting for the reply. */
    CaseComment askCustomer(String question, String actor, Instant now) {
        requireStatus("waiting for the customer", CaseStatus.IN_PROGRESS, CaseStatus.CUSTOMER_REOPENED);
        CaseComment comment = answer(question, actor, now);
        this.waitingForCustomerSince = now;
        clocksFollow(now);
        notice(CaseEvent.Type.QUESTION, actor, comment.at(), comment.body());
        return comment;
    }

    void resolve(String resolution, String actor, Instant now) {
        requireStatus("resolved", CaseStatus.IN_PROGRESS, CaseStatus.CUSTOMER_REOPENED);
        CaseComment comment = addComment(actor, CaseComment.AuthorKind.AGENT, resolution, true, now);
        this.waitingForCustomerSince = now;
        changeStatus(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED, actor, "Resolved, waiting for the customer's confirmation", now);
        changes.add(new CaseChange.PublicResponse(this, now));
        clocksFollow(now);
        notice(CaseEvent.Type.RESOLVED, actor, now, comment.body());
    }

    /** Support closes the case; the closing notice shows {@code facts}, such as those of a guided flow. */
    void close(String closingNote, String actor, Map<String, Object> facts, Instant now) {
        requireOpen("closed");
        if (status == CaseStatus.NEW) {
            throw new ConflictException(number() + " has not been triaged yet; triage it or mark it as a duplicate.");
        }
        CaseComment comment = addComment(actor, CaseComment.AuthorKind.AGENT, closingNote, true, now);
        closeAs(CaseStatus.CLOSED, actor, "Closed by support", now);
        notice(CaseEvent.Type.CLOSED, actor, now, comment.body(), facts);
    }

    /**
     * Closes a case whose customer did not reply in time. Does nothing when the customer has replied
     * in the meantime.
     */
    boolean closeForNoResponse(String closingNote, Instant now) {
        if (waitingForCustomerSince == null || status.isClosed()) {
            return false;
        }
        CaseComment comment = addComment(SYSTEM, CaseComment.AuthorKind.SYSTEM, closingNote, true, now);
        closeAs(CaseStatus.CLOSED_NO_RESPONSE, SYSTEM, "No reply from the customer since " + waitingForCustomerSince, now);
        notice(CaseEvent.Type.CLOSED_NO_RESPONSE, SYSTEM, now, comment.body());
        return true;
    }

    // --- customer actions -------------------------------------------------------------------------

    /** A customer's reply and whether it resumes work (the case was waiting, on hold or resolved). */
    record Reply(CaseComment comment, boolean resumesWork) {
    }

    /** A comment by the customer; it answers a pending question, ends a hold, or disputes a resolution. */
    Reply customerReplied(String body, String contact, Instant now) {
        if (status.isClosed()) {
            throw new ConflictException(number() + " is closed. Reopen it (POST /api/cases/" + number()
                    + "/reopen) to continue the conversation.");
        }
        CaseComment comment = addComment(contact, CaseComment.AuthorKind.CONTACT, body, true, now);
        clocksFollow(now);
        if (awaitingApproval) {
            return new Reply(comment, false); // a comment is no approval: the case still waits for an MPOC
        }
        boolean resumes = waitingForCustomerSince != null || status == CaseStatus.ON_HOLD;
        this.waitingForCustomerSince = null;
        if (status == CaseStatus.ON_HOLD) {
            this.onHoldUntil = null;
            changeStatus(CaseStatus.IN_PROGRESS, contact, "Customer replied while the case was on hold", now);
        } else if (status == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED) {
            changeStatus(CaseStatus.IN_PROGRESS, contact, "Customer replied to the resolution", now);
        }
        return new Reply(comment, resumes);
    }

    /** The customer confirms that the resolution works: the case is closed. */
    void confirmResolution(String contact, String comment, Instant now) {
        requireStatus("confirmed as resolved", CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        if (!blank(comment)) {
            addComment(contact, CaseComment.AuthorKind.CONTACT, comment, true, now);
        }
        closeAs(CaseStatus.CLOSED, contact, "Customer confirmed the resolution", now);
        notice(CaseEvent.Type.CLOSED, contact, now, comment);
    }

    /** The customer says the issue is not fixed: back to work. */
    void rejectResolution(String contact, String comment, Instant now) {
        requireStatus("reported as not fixed", CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        if (blank(comment)) {
            throw new InvalidRequestException("Tell support what is still wrong in 'comment'.");
        }
        addComment(contact, CaseComment.AuthorKind.CONTACT, comment, true, now);
        this.waitingForCustomerSince = null;
        changeStatus(CaseStatus.IN_PROGRESS, contact, "Customer reports the issue is not fixed", now);
        clocksFollow(now);
    }

    /**
     * Reopens a closed case inside the reopen window. Returns {@code false} when the window has passed
     * or the case closed without response: the caller then opens a new case related to this one.
     */
    boolean reopen(String reason, String actor, CaseComment.AuthorKind actorKind, Instant now, CaseSettings settings,
            ZoneId zone) {
        if (status == CaseStatus.DUPLICATE) {
            throw new ConflictException(number() + " was closed as a duplicate of " + CaseNumber.format(duplicateOfId)
                    + "; follow up on that case.");
        }
        if (!status.isClosed()) {
            throw new ConflictException(number() + " is not closed (status " + status + "); comment on it instead.");
        }
        if (status == CaseStatus.CLOSED_NO_RESPONSE || !now.isBefore(reopenDeadline(settings, zone))) {
            return false;
        }
        this.closedAt = null;
        if (!blank(reason)) {
            addComment(actor, actorKind, reason, true, now);
        }
        changeStatus(CaseStatus.CUSTOMER_REOPENED, actor, blank(reason) ? "Reopened" : "Reopened: " + reason, now);
        changes.add(new CaseChange.Reopened(this, now));
        notice(CaseEvent.Type.REOPENED, actor, now, reason);
        return true;
    }

    /** The last instant at which a closed case can still be reopened, in calendar days of the organization's zone. */
    Instant reopenDeadline(CaseSettings settings, ZoneId zone) {
        if (closedAt == null) {
            throw new IllegalStateException(number() + " is not closed");
        }
        return settings.reopenDeadline(closedAt, zone);
    }

    // --- internals --------------------------------------------------------------------------------

    static final String SYSTEM = "system";

    private void closeAs(CaseStatus closedStatus, String actor, String reason, Instant now) {
        this.closedAt = now;
        this.etr = null;
        this.waitingForCustomerSince = null;
        this.awaitingApproval = false;
        this.onHoldUntil = null;
        changeStatus(closedStatus, actor, reason, now);
        clocksFollow(now);
    }

    private CaseComment addComment(String author, CaseComment.AuthorKind kind, String body, boolean visibleToCustomer,
            Instant now) {
        if (blank(body)) {
            throw new InvalidRequestException("The text must not be empty.");
        }
        CaseComment comment = new CaseComment(this, now, author, kind, body.strip(), visibleToCustomer);
        comments.add(comment);
        return comment;
    }

    private void clocksFollow(Instant now) {
        changes.removeIf(change -> change instanceof CaseChange.ClocksFollow);
        changes.add(new CaseChange.ClocksFollow(this, now));
    }

    private void notice(CaseEvent.Type type, String actor, Instant at, String message) {
        notice(type, actor, at, message, Map.of());
    }

    private void notice(CaseEvent.Type type, String actor, Instant at, String message, Map<String, Object> facts) {
        changes.add(new CaseChange.Notice(this, type, actor, at, message, facts));
    }

    /** What the transitions since the case was last saved changed, in order; published by the repository. */
    @DomainEvents
    List<CaseChange> changes() {
        return List.copyOf(changes);
    }

    @AfterDomainEventPublication
    void changesPublished() {
        changes.clear();
    }

    private void changeStatus(CaseStatus to, String actor, String reason, Instant now) {
        history.add(new CaseHistoryEntry(this, now, actor, status, to, reason));
        this.status = to;
    }

    private void requireOpen(String action) {
        if (status.isClosed()) {
            throw new ConflictException(number() + " is " + status + " and cannot be " + action + ".");
        }
    }

    private void requireStatus(String action, CaseStatus... allowed) {
        for (CaseStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(number() + " is " + status + " and cannot be " + action + ".");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- read access ------------------------------------------------------------------------------

    public CaseView view() {
        return new CaseView(number(), organizationCode, reporterEmail, subject, status, priority, type, productLine, channel,
                openedAt, closedAt, onHoldUntil, carrier, trackingReference, duplicateOf(), relatedCase(), etr);
    }

    public String number() {
        return CaseNumber.format(id);
    }

    public Long id() {
        return id;
    }

    public String organization() {
        return organizationCode;
    }

    public String reporterEmail() {
        return reporterEmail;
    }

    public Channel channel() {
        return channel;
    }

    public CaseType type() {
        return type;
    }

    public String productLine() {
        return productLine;
    }

    public String category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Map<String, Object> details() {
        return details == null ? Map.of() : Collections.unmodifiableMap(details);
    }

    public Priority priority() {
        return priority;
    }

    public CaseStatus status() {
        return status;
    }

    public String assignedGroup() {
        return assignedGroup;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String relatedCase() {
        return relatedCaseId == null ? null : CaseNumber.format(relatedCaseId);
    }

    public String duplicateOf() {
        return duplicateOfId == null ? null : CaseNumber.format(duplicateOfId);
    }

    public String masterCase() {
        return masterCaseId == null ? null : CaseNumber.format(masterCaseId);
    }

    public Instant etr() {
        return etr;
    }

    public Instant onHoldUntil() {
        return onHoldUntil;
    }

    public Instant waitingForCustomerSince() {
        return waitingForCustomerSince;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingReference() {
        return trackingReference;
    }

    public String openedBy() {
        return openedBy;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    public List<CaseHistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    /** Loads the history now, for a reader outside the transaction; the histories of a page of cases come in one batch. */
    void loadHistory() {
        Hibernate.initialize(history);
    }

    public List<CaseComment> comments() {
        return Collections.unmodifiableList(comments);
    }
}
