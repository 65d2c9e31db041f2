package io.casedesk.supportcase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.common.Sha256;
import io.casedesk.common.UnprocessableException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;

/**
 * What customers and agents do to cases through the API, email and chat: open, read, comment,
 * answer a resolution and reopen. Every method runs in one transaction with the process engine, so a
 * case row and its process instance are written together or not at all.
 */
@Service
@Transactional
public class CaseManagement {

    /** What a customer's email reply did. */
    public enum ReplyOutcome {
        /** Added to the open case as the customer's comment. */
        COMMENTED,
        /** Reopened the case, closed less than the reopen window ago. */
        REOPENED,
        /** Opened a new case related to the closed one. */
        FOLLOW_UP_OPENED
    }

    /** The case a reply ended up on, and how. */
    public record Reply(SupportCase supportCase, ReplyOutcome outcome) {
    }

    /** The case as stored, and whether this request created it (false for an idempotent retry). */
    public record OpenedCase(SupportCase supportCase, boolean created) {
    }

    /** The case after a reopen request, and whether it is a new case related to the requested one. */
    public record Reopened(SupportCase supportCase, boolean newCase) {
    }

    private static final int MAX_DETAILS_LENGTH = 4000;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;
    private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final SupportCaseRepository cases;
    private final CaseAttachmentRepository attachments;
    private final CustomerDirectory directory;
    private final CaseProcess process;
    private final CaseSettings settings;
    private final List<CaseRequestRules> requestRules;
    private final Clock clock;

    CaseManagement(SupportCaseRepository cases, CaseAttachmentRepository attachments, CustomerDirectory directory,
            CaseProcess process, CaseSettings settings, List<CaseRequestRules> requestRules, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.directory = directory;
        this.process = process;
        this.settings = settings;
        this.requestRules = List.copyOf(requestRules);
        this.clock = clock;
    }

    /**
     * Opens a case. Only MPOCs of the organization may open cases, except MACD requests, which any contact
     * of the organization may raise (an MPOC then approves them), and billing requests, which its financial contacts
     * raise too; portal and email cases open at P4.
     * A retry with the same idempotency key returns the case the first request created.
     */
    public OpenedCase open(NewCase request, Caller caller, String idempotencyKey) {
        String fingerprint = null;
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH
                    || idempotencyKey.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidRequestException("Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
                        + " printable characters.");
            }
            fingerprint = fingerprint(request);
            SupportCase earlier = cases.findByOpenedByAndIdempotencyKey(caller.login(), idempotencyKey).orElse(null);
            if (earlier != null) {
                if (!fingerprint.equals(earlier.requestFingerprint())) {
                    throw new UnprocessableException("Idempotency-Key '" + idempotencyKey + "' was already used for "
                            + earlier.number() + " with a different request. Use a new key for a new case.");
                }
                return new OpenedCase(rendered(earlier), false);
            }
        }
        String organizationCode = request.organization() != null ? request.organization().trim() : caller.organization();
        if (organizationCode == null || organizationCode.isEmpty()) {
            throw new InvalidRequestException("organization is required.");
        }
        caller.requireAccessTo(organizationCode);
        OrganizationInfo organization = directory.organization(organizationCode);

        Channel channel;
        String reporter;
        if (caller.isContact()) {
            channel = request.channel() == null ? Channel.PORTAL : request.channel();
            if (channel.agentSetsPriority()) {
                throw new InvalidRequestException("Contacts open cases through the PORTAL or EMAIL channel. For an urgent "
                        + "issue, call or chat with support.");
            }
            if (request.contactEmail() != null && !request.contactEmail().trim().equalsIgnoreCase(caller.login())) {
                throw new NotPermittedException("Contacts open cases in their own name; leave contactEmail out or use "
                        + caller.login() + ".");
            }
            reporter = caller.login();
        } else {
            if (request.channel() == null) {
                throw new InvalidRequestException("channel is required: PORTAL, EMAIL, CHAT, PHONE or MONITORING.");
            }
            if (request.contactEmail() == null || request.contactEmail().isBlank()) {
                throw new InvalidRequestException("contactEmail is required: the MPOC who reports the issue.");
            }
            channel = request.channel();
            reporter = request.contactEmail().trim().toLowerCase(Locale.ROOT);
        }
        if (request.type() == CaseType.MACD) {
            requireContact(organization, reporter);
        } else if (request.type() != CaseType.BILLING || !isFinancialContact(organization, reporter)) {
            requireMpoc(organization, reporter);
        }
        if (request.priority() == Priority.P1G) {
            throw new InvalidRequestException("P1G is set only by support on master cases; use P1 to P4.");
        }
        requireKnownProductLine(request.productLine());
        requireValidDetails(request.details());
        requestRules.forEach(rules -> rules.check(organization.code(), request.type(), request.details()));

        boolean honoured = caller.isAgent() && channel.agentSetsPriority() && request.priority() != null;
        Priority priority = honoured ? request.priority() : Priority.P4;
        String reason = "Opened through " + channel + " by " + caller.login()
                + (request.priority() != null && !honoured && request.priority() != Priority.P4
                        ? "; requested " + request.priority() + ", opens at P4 until triaged"
                        : "");
        SupportCase supportCase = SupportCase.open(new SupportCase.Opening(organization.code(), reporter, channel,
                request.type(), request.productLine(), request.subject().strip(), request.description().strip(),
                request.details(), priority, caller.login(), null, reason), now());
        supportCase.rememberIdempotencyKey(idempotencyKey, fingerprint);
        return new OpenedCase(save(supportCase), true);
    }

    /** The case that an idempotency key created, once the request that created it has committed. */
    @Transactional(readOnly = true)
    public SupportCase openedWith(Caller caller, String idempotencyKey) {
        return cases.findByOpenedByAndIdempotencyKey(caller.login(), idempotencyKey).map(CaseManagement::rendered)
                .orElseThrow(() -> new NotFoundException("No case was opened with Idempotency-Key '" + idempotencyKey + "'."));
    }

    @Transactional(readOnly = true)
    public SupportCase get(String number, Caller caller) {
        return rendered(visibleCase(number, caller));
    }

    /** The cases linked to a master case, oldest first. */
    @Transactional(readOnly = true)
    public List<SupportCase> linkedTo(String masterNumber, Caller caller) {
        SupportCase master = visibleCase(masterNumber, caller);
        return cases.findByMasterCaseIdOrderById(master.id()).stream().filter(c -> caller.canSee(c.organization())).toList();
    }

    /** The case, when it exists and the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<SupportCase> find(String number, Caller caller) {
        return CaseNumber.parse(number).flatMap(cases::findById).filter(c -> caller.canSee(c.organization()));
    }

    @Transactional(readOnly = true)
    public Page<SupportCase> list(CaseFilter filter, Caller caller, int page, int size) {
        String organization = filter.organization();
        if (organization != null) {
            caller.requireAccessTo(organization);
            directory.organization(organization);
        } else if (caller.isContact()) {
            organization = caller.organization();
        }
        List<Specification<SupportCase>> criteria = new ArrayList<>();
        if (organization != null) {
            String code = organization;
            criteria.add((root, query, cb) -> cb.equal(root.get("organizationCode"), code));
        }
        if (filter.status() != null) {
            criteria.add((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.priority() != null) {
            criteria.add((root, query, cb) -> cb.equal(root.get("priority"), filter.priority()));
        }
        if (filter.productLine() != null && !filter.productLine().isBlank()) {
            criteria.add((root, query, cb) -> cb.equal(root.get("productLine"), filter.productLine().trim()));
        }
        if (filter.openedFrom() != null) {
            criteria.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("openedAt"), filter.openedFrom()));
        }
        if (filter.openedBefore() != null) {
            criteria.add((root, query, cb) -> cb.lessThan(root.get("openedAt"), filter.openedBefore()));
        }
        CaseWords.of(filter.words()).forEach(word -> criteria.add(word.matching(caller.isAgent())));
        Page<SupportCase> found = cases.findAll(Specification.allOf(criteria),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        found.forEach(CaseManagement::rendered);
        return found;
    }

    /**
     * Adds a comment. A contact's comment is always public and counts as the customer's reply; an
     * agent's public comment is an update to the customer, a private one an internal note.
     */
    public CaseComment comment(String number, String body, boolean visibleToCustomer, Caller caller) {
        SupportCase supportCase = visibleCase(number, caller);
        if (caller.isContact()) {
            SupportCase.Reply reply = supportCase.customerReplied(body, caller.login(), now());
            if (reply.resumesWork()) {
                process.customerReplied(supportCase, reply.comment().body());
            }
            cases.save(supportCase);
            return reply.comment();
        }
        if (!visibleToCustomer) {
            return supportCase.addInternalNote(body, caller.login(), now());
        }
        CaseComment update = supportCase.postAgentUpdate(body, caller.login(), now());
        cases.save(supportCase);
        return update;
    }

    @Transactional(readOnly = true)
    public List<CaseComment> comments(String number, Caller caller) {
        return visibleCase(number, caller).comments().stream()
                .filter(comment -> caller.isAgent() || comment.isPublic())
                .toList();
    }

    /** The customer's answer to a resolution: confirmed closes the case, otherwise work resumes. */
    public SupportCase answerResolution(String number, boolean confirmed, String comment, Caller caller) {
        SupportCase supportCase = visibleCase(number, caller);
        String actor = caller.login();
        if (confirmed) {
            supportCase.confirmResolution(actor, comment, now());
            process.resolutionConfirmed(supportCase, supportCase.reopenDeadline(settings, zoneOf(supportCase)));
        } else {
            supportCase.rejectResolution(actor, comment, now());
            process.customerReplied(supportCase, comment.strip());
        }
        return rendered(cases.save(supportCase));
    }

    /**
     * Reopens a closed case within the reopen window; any contact of the organization may. After the
     * window, or after a no-response closure, opens a new case related to the original instead, which
     * only an MPOC may.
     */
    public Reopened reopen(String number, String reason, Caller caller) {
        SupportCase original = visibleCase(number, caller);
        CaseComment.AuthorKind kind = caller.isContact() ? CaseComment.AuthorKind.CONTACT : CaseComment.AuthorKind.AGENT;
        if (original.reopen(reason, caller.login(), kind, now(), settings, zoneOf(original))) {
            process.reopened(original);
            return new Reopened(rendered(cases.save(original)), false);
        }
        String reporter = caller.isContact() ? caller.login() : original.reporterEmail();
        requireMpoc(directory.organization(original.organization()), reporter);
        String subject = "Follow-up of " + original.number() + ": " + original.subject();
        String description = (reason == null || reason.isBlank() ? "The customer asked to reopen " + original.number() + "."
                : reason.strip()) + "\n\nFollow-up of " + original.number() + " (" + original.status() + ").";
        Channel channel = caller.isContact() ? Channel.PORTAL : Channel.PHONE;
        Priority priority = caller.isContact() ? Priority.P4 : original.priority();
        SupportCase followUp = SupportCase.open(new SupportCase.Opening(original.organization(), reporter, channel,
                original.type(), original.productLine(), subject.length() > 200 ? subject.substring(0, 200) : subject,
                description, original.details(), priority, caller.login(), original.id(),
                "Opened by " + caller.login() + " to follow up " + original.number()
                        + ", which can no longer be reopened"), now());
        return new Reopened(save(followUp), true);
    }

    /**
     * A customer's reply by email, by the rules of the API: on an open case it is a comment; on a case
     * closed within the reopen window it reopens the case; later it opens a new related case.
     */
    public Reply reply(String number, String body, Caller contact) {
        SupportCase supportCase = visibleCase(number, contact);
        if (!supportCase.status().isClosed()) {
            comment(number, body, true, contact);
            return new Reply(supportCase, ReplyOutcome.COMMENTED);
        }
        Reopened reopened = reopen(number, body, contact);
        return new Reply(reopened.supportCase(),
                reopened.newCase() ? ReplyOutcome.FOLLOW_UP_OPENED : ReplyOutcome.REOPENED);
    }

    /** An event that does not change the status, such as an escalation, written to the case history. */
    public void recordInHistory(String number, String reason, String actor) {
        CaseNumber.parse(number).flatMap(cases::findById)
                .orElseThrow(() -> new NotFoundException("No case " + number + " exists."))
                .record(reason, actor, now());
    }

    /** A note for agents, written by Casedesk itself. */
    public void addSystemNote(String number, String text) {
        CaseNumber.parse(number).flatMap(cases::findById)
                .orElseThrow(() -> new NotFoundException("No case " + number + " exists."))
                .addInternalNote(text, SupportCase.SYSTEM, now());
    }

    public List<AttachmentInfo> attach(String number, List<NewAttachment> files, Caller caller) {
        SupportCase supportCase = visibleCase(number, caller);
        Instant now = now();
        files.forEach(file -> attachments.save(new CaseAttachment(supportCase.id(), file, caller.login(), now)));
        return attachments.findInfoByCaseId(supportCase.id());
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(String number, Caller caller) {
        return attachments.findInfoByCaseId(visibleCase(number, caller).id());
    }

    @Transactional(readOnly = true)
    public CaseAttachment attachment(String number, long id, Caller caller) {
        return attachments.findByIdAndCaseId(id, visibleCase(number, caller).id())
                .orElseThrow(() -> new NotFoundException("Case " + number + " has no attachment " + id + "."));
    }

    // --- helpers ----------------------------------------------------------------------------------

    /**
     * Stores a new case, which starts its SLA clocks and tells its customer, and starts its process instance, all in
     * the caller's transaction.
     */
    private SupportCase save(SupportCase supportCase) {
        SupportCase saved = cases.saveAndFlush(supportCase);
        process.start(saved);
        return saved;
    }

    /**
     * The case with what its representation shows loaded, for callers outside the transaction: the history of a page
     * of cases comes in one batch.
     */
    private static SupportCase rendered(SupportCase supportCase) {
        supportCase.loadHistory();
        return supportCase;
    }

    SupportCase visibleCase(String number, Caller caller) {
        return find(number, caller)
                .orElseThrow(() -> new NotFoundException("No case " + number + " exists, or it belongs to another organization."));
    }

    private void requireMpoc(OrganizationInfo organization, String email) {
        if (directory.isMpoc(organization.code(), email)) {
            return;
        }
        String primary = directory.contactsWithRole(organization.code(), ContactRole.MPOC_PRIMARY).stream()
                .map(ContactInfo::name).findFirst().map(name -> " Ask " + name + ", the primary MPOC, to open it.").orElse("");
        throw new NotPermittedException(email + " is not a designated contact (MPOC) of " + organization.code()
                + "; only MPOCs may open cases." + primary);
    }

    /** A financial contact raises billing requests (about invoices and fees) as an MPOC does. */
    private boolean isFinancialContact(OrganizationInfo organization, String email) {
        return directory.contact(email).filter(c -> c.organization().equals(organization.code()))
                .filter(c -> c.hasRole(ContactRole.FINANCIAL)).isPresent();
    }

    private void requireContact(OrganizationInfo organization, String email) {
        if (directory.contact(email).filter(c -> c.organization().equals(organization.code())).isEmpty()) {
            throw new NotPermittedException(email + " is not a contact of " + organization.code()
                    + "; MACD requests are raised by the organization's contacts and approved by its MPOCs.");
        }
    }

    private void requireKnownProductLine(String productLine) {
        if (productLine != null && !settings.productLines().contains(productLine)) {
            throw new InvalidRequestException("Unknown productLine '" + productLine + "'; expected one of "
                    + String.join(", ", settings.productLines()) + ".");
        }
    }

    private static void requireValidDetails(Map<String, Object> details) {
        if (details == null) {
            return;
        }
        details.forEach((key, value) -> {
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new InvalidRequestException("details." + key + " must be a text, a number or true/false.");
            }
        });
        try {
            if (CANONICAL_JSON.writeValueAsString(details).length() > MAX_DETAILS_LENGTH) {
                throw new InvalidRequestException("details are longer than " + MAX_DETAILS_LENGTH + " characters.");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("details cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String fingerprint(NewCase request) {
        try {
            return Sha256.hex(CANONICAL_JSON.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private ZoneId zoneOf(SupportCase supportCase) {
        return directory.organization(supportCase.organization()).timeZone();
    }
}
