package io.casedesk.macd;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.GoneException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.common.Sha256;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.BusinessCalendar;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.sla.ServiceLevel;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.CaseView;

/**
 * MACD requests on cases: what was asked and by whom, the MPOCs' approval (by a mailed link or the
 * API), when the work is scheduled, carrier or vendor delays, and the provisioning fee on completion.
 * The steps run in {@code MacdRequestProcess}; each changes the case through {@link CaseSteps}.
 */
@Service
@Transactional
public class MacdRequests {

    static final String SYSTEM = "system";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MacdRequestRepository requests;
    private final ApprovalLinkRepository links;
    private final BillingEntryRepository billing;
    private final MacdFields fields;
    private final MacdTexts texts;
    private final MacdProperties properties;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final BusinessCalendars calendars;
    private final Notifications notifications;
    private final RuntimeService runtimeService;
    private final Clock clock;

    MacdRequests(MacdRequestRepository requests, ApprovalLinkRepository links, BillingEntryRepository billing,
            MacdFields fields, MacdTexts texts, MacdProperties properties, CaseSteps caseSteps, CustomerDirectory directory,
            SlaClocks slaClocks, BusinessCalendars calendars, Notifications notifications, RuntimeService runtimeService,
            Clock clock) {
        this.requests = requests;
        this.links = links;
        this.billing = billing;
        this.fields = fields;
        this.texts = texts;
        this.properties = properties;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.calendars = calendars;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** When and by whom the request is worked. */
    record Schedule(Instant startsAt, boolean waits, String group) {
    }

    /**
     * The request arrived: it is recorded, the work group takes the case, an expedited request runs on
     * the expedited targets, and the customer gets an acknowledgement that links the self-service article.
     */
    MacdRequest receive(String caseNumber) {
        CaseView c = caseSteps.view(caseNumber);
        OrganizationInfo org = directory.organization(c.organization());
        Map<String, Object> details = caseSteps.details(caseNumber);
        MacdRequest request = requests.findById(caseNumber).orElseGet(() -> requests.save(new MacdRequest(caseNumber,
                org.code(), c.reporter(), directory.isMpoc(org.code(), c.reporter()), now())));
        describe(request, org, details);
        caseSteps.takeOver(caseNumber, properties.workGroup(), texts.text(org, "taken-over", texts.task(org, request.task()),
                request.expedited() ? texts.text(org, "expedited") : "", properties.workGroup()), SYSTEM);
        Map<String, Object> model = new HashMap<>(summary(org, request, details));
        model.put("approvalNeeded", request.needsApproval());
        SlaStatus targets = slaClocks.status(caseNumber);
        model.put("expectedFirstResponse", due(org, targets.initialResponseDue()));
        model.put("expectedCompletion", due(org, targets.resolutionDue()));
        model.put("hourlyRate", properties.hourlyRate().toPlainString());
        model.put("currency", properties.currency());
        model.put("billingIncrement", properties.billingIncrement().toMinutes());
        model.put("selfServiceArticle", request.task() == null ? null : properties.selfServiceArticles().get(request.task()));
        notifications.send(new Notifications.Outgoing(NotificationKind.MACD_RECEIVED, "macd-received:" + caseNumber,
                org.code(), caseNumber, c.reporter(), null, model, false));
        return request;
    }

    /** The request's fields that are known, to fill the agents' forms. */
    @Transactional(readOnly = true)
    Map<String, Object> knownFields(String caseNumber) {
        Map<String, Object> details = caseSteps.details(caseNumber);
        Map<String, Object> known = new LinkedHashMap<>();
        for (String key : fields.all()) {
            if (details.get(key) != null) {
                known.put(key, details.get(key).toString());
            }
        }
        MacdTask task = MacdFields.task(details);
        if (task != null) {
            known.put(MacdFields.TASK, task.name());
        }
        known.put(MacdFields.EXPEDITED, MacdFields.expedited(details));
        return known;
    }

    /** The request as the agent who carries it out reads it: the task and a Markdown list of its fields. */
    @Transactional(readOnly = true)
    Map<String, Object> briefing(String caseNumber) {
        MacdRequest request = request(caseNumber);
        Map<String, Object> details = caseSteps.details(caseNumber);
        List<String> lines = new ArrayList<>();
        for (String key : fields.all()) {
            Object value = details.get(key);
            if (value != null && !value.toString().isBlank()) {
                lines.add("- " + texts.field(Locale.ENGLISH, key) + ": " + value);
            }
        }
        return Map.of("macdTaskLabel", texts.task(Locale.ENGLISH, request.task()), "macdRequestFields",
                String.join("\n", lines), MacdFields.EXPEDITED, request.expedited());
    }

    /** The fields the request still lacks before it can be approved and worked. */
    @Transactional(readOnly = true)
    public List<String> missingFields(String caseNumber) {
        return fields.missing(caseNumber == null ? Map.of() : caseSteps.details(caseNumber));
    }

    /** Asks the customer for the missing fields; returns when the case closes without a reply. */
    Instant requestData(String caseNumber) {
        OrganizationInfo org = organization(request(caseNumber));
        return caseSteps.awaitInformation(caseNumber, missingFields(caseNumber).stream().map(key -> texts.field(org, key))
                .toList(), SYSTEM);
    }

    /** An agent entered fields from the customer's reply; an expedite asked for later moves the targets. */
    void dataEntered(String caseNumber, Map<String, Object> values, String actor) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : fields.all()) {
            if (values.containsKey(key)) {
                changes.put(key, values.get(key));
            }
        }
        if (values.get(MacdFields.TASK) != null) {
            changes.put(MacdFields.TASK, values.get(MacdFields.TASK));
        }
        if (values.get(MacdFields.EXPEDITED) instanceof Boolean expedite) {
            changes.put(MacdFields.EXPEDITED, expedite);
        }
        Map<String, Object> merged = new HashMap<>(caseSteps.details(caseNumber));
        merged.putAll(changes);
        fields.check(CaseType.MACD, merged);
        caseSteps.updateDetails(caseNumber, changes, actor);
        MacdRequest request = request(caseNumber);
        describe(request, organization(request), caseSteps.details(caseNumber));
    }

    /** Mails every MPOC of the organization a personal approve/reject link; the case waits for them. */
    void requestApproval(String caseNumber) {
        MacdRequest request = request(caseNumber);
        OrganizationInfo org = organization(request);
        caseSteps.awaitApproval(caseNumber, texts.text(org, "approval-wait", request.requestedBy()), SYSTEM);
        sendApprovalLinks(request, org, false);
    }

    /** No MPOC decided yet: each is sent the request again, with a new link. */
    void remindApprovers(String caseNumber) {
        MacdRequest request = request(caseNumber);
        if (request.needsApproval()) {
            sendApprovalLinks(request, organization(request), true);
        }
    }

    /** The customer never sent the missing fields: the case closes as Closed No Response. */
    void closeForNoData(String caseNumber) {
        caseSteps.closeForNoResponse(caseNumber);
    }

    /** The approval time ran out: the request closes as Closed No Response and its links stop working. */
    void expire(String caseNumber) {
        MacdRequest request = request(caseNumber);
        request.expire(now());
        spendLinks(caseNumber);
        OrganizationInfo org = organization(request);
        caseSteps.closeForNoResponse(caseNumber, texts.text(org, "expired", properties.approvalTimeout().toDays()));
    }

    /** What an approval link shows: the request, and whether the link can still decide it. */
    @Transactional(readOnly = true)
    public ApprovalPage approvalPage(String token) {
        ApprovalLink link = link(token);
        MacdRequest request = request(link.caseNumber());
        return page(link, request);
    }

    /** An MPOC decides through their mailed link; it works once, until the request is decided or it expires. */
    public ApprovalPage decideByLink(String token, boolean approve, String reason) {
        ApprovalLink link = link(token);
        MacdRequest request = request(link.caseNumber());
        if (!link.isUsable(now()) || !request.needsApproval()) {
            throw new GoneException(page(link, request).state());
        }
        decide(request, approve, link.approver(), reason);
        return page(link, request);
    }

    /** An MPOC of the organization decides through the API. */
    public MacdView decideAsContact(String caseNumber, Caller caller, boolean approve, String reason) {
        MacdRequest request = visible(caseNumber, caller);
        if (!caller.isContact() || !directory.isMpoc(request.organizationCode(), caller.login())) {
            throw new NotPermittedException("Only a designated contact (MPOC) of " + request.organizationCode()
                    + " may approve or reject its MACD requests.");
        }
        decide(request, approve, caller.login(), reason);
        return view(request);
    }

    @Transactional(readOnly = true)
    public MacdView view(String caseNumber, Caller caller) {
        return view(visible(caseNumber, caller));
    }

    /** The MPOC said no: the case closes with their reason; returns the end of its reopen window. */
    Instant reject(String caseNumber) {
        MacdRequest request = request(caseNumber);
        OrganizationInfo org = organization(request);
        return caseSteps.close(caseNumber, texts.text(org, "rejected", request.decidedBy(), request.decisionReason()),
                request.decidedBy(), Map.of());
    }

    /**
     * When the work starts: at once inside extended business hours; outside them a standard request
     * waits for the next opening, an expedited one goes to the 24x7 team at once.
     */
    Schedule schedule(String caseNumber) {
        MacdRequest request = request(caseNumber);
        OrganizationInfo org = organization(request);
        Instant now = now();
        BusinessCalendar extended = calendars.get(properties.extendedHoursCalendar());
        Schedule schedule;
        if (extended.isOpen(now)) {
            schedule = new Schedule(now, false, properties.workGroup());
        } else if (request.expedited()) {
            schedule = new Schedule(now, false, properties.afterHoursGroup());
            caseSteps.takeOver(caseNumber, schedule.group(), texts.text(org, "after-hours"), SYSTEM);
        } else {
            schedule = new Schedule(extended.nextOpening(now), true, properties.workGroup());
            caseSteps.record(caseNumber, texts.text(org, "scheduled", texts.time(org, schedule.startsAt())), SYSTEM);
        }
        request.scheduled(schedule.startsAt());
        return schedule;
    }

    /** A carrier or vendor holds the work up: the customer is told and the completion target moves to their date. */
    void vendorDelay(String caseNumber, String vendor, Instant expectedBy, String note, int minutes, String actor) {
        if (vendor == null || vendor.isBlank()) {
            throw new InvalidRequestException("Name the carrier or vendor the request waits for.");
        }
        if (expectedBy == null || !expectedBy.isAfter(now())) {
            throw new InvalidRequestException("The date the carrier or vendor expects to be done must lie in the future.");
        }
        MacdRequest request = request(caseNumber);
        request.worked(requireMinutes(minutes));
        OrganizationInfo org = organization(request);
        slaClocks.resolutionExtended(caseNumber, expectedBy, now());
        caseSteps.postUpdate(caseNumber, texts.text(org, "vendor-delay", vendor.strip(), texts.time(org, expectedBy),
                note == null || note.isBlank() ? "" : "\n" + note.strip()), actor);
    }

    /**
     * The work is done: the provisioning fee for the time spent is billed to the organization in this
     * month and the case is resolved; returns when it closes without the customer's confirmation.
     */
    Instant complete(String caseNumber, String note, int minutes, String actor) {
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("Describe what was done for the customer.");
        }
        MacdRequest request = request(caseNumber);
        request.worked(requireMinutes(minutes));
        OrganizationInfo org = organization(request);
        Instant now = now();
        ProvisioningFee fee = ProvisioningFee.of(request.minutesSpent(), properties.hourlyRate(),
                properties.billingIncrement());
        request.completed(now);
        if (!billing.existsByCaseNumber(caseNumber)) {
            billing.save(new BillingEntry(org.code(), YearMonth.from(now.atZone(org.timeZone())).toString(), caseNumber,
                    texts.task(org, request.task()), now, fee, properties.currency(), request.expedited()));
        }
        return caseSteps.resolve(caseNumber, texts.text(org, "completed", note.strip(), fee.minutesSpent(),
                fee.minutesBilled(), properties.currency(), fee.hourlyRate().toPlainString(), fee.amount().toPlainString()),
                actor);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void describe(MacdRequest request, OrganizationInfo org, Map<String, Object> details) {
        boolean wasExpedited = request.expedited();
        request.describe(MacdFields.task(details), MacdFields.expedited(details));
        if (request.expedited() != wasExpedited) {
            slaClocks.serviceLevelChanged(request.caseNumber(), org,
                    request.expedited() ? ServiceLevel.EXPEDITED : ServiceLevel.STANDARD, now());
        }
    }

    private void decide(MacdRequest request, boolean approve, String mpoc, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException("Give the reason for rejecting the request; the requester reads it.");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidRequestException("The reason is longer than 2000 characters.");
        }
        request.decide(approve, mpoc, reason == null ? null : reason.strip(), now());
        spendLinks(request.caseNumber());
        if (approve) {
            caseSteps.resumeWork(request.caseNumber(), texts.text(organization(request), "approved", mpoc), mpoc);
        }
        runtimeService.createMessageCorrelation(MacdRequestProcess.MESSAGE_DECISION)
                .processInstanceBusinessKey(request.caseNumber())
                .setVariable(MacdRequestProcess.APPROVED, approve)
                .correlate();
    }

    private void sendApprovalLinks(MacdRequest request, OrganizationInfo org, boolean reminder) {
        Map<String, Object> details = caseSteps.details(request.caseNumber());
        // the links work until the approval time runs out, counted from the request for approval
        Instant expires = now().plus(reminder ? properties.approvalTimeout().minus(properties.approvalReminder())
                : properties.approvalTimeout());
        String requester = directory.contact(request.requestedBy()).map(ContactInfo::name).orElse(request.requestedBy());
        for (ContactInfo mpoc : directory.contacts(org.code())) {
            if (!mpoc.isMpoc()) {
                continue;
            }
            String token = newToken();
            links.save(new ApprovalLink(request.caseNumber(), mpoc.email(), hash(token), now(), expires));
            Map<String, Object> model = new HashMap<>(summary(org, request, details));
            model.put("approvalToken", token);
            model.put("requester", requester);
            model.put("reminder", reminder);
            model.put("expiresAt", texts.time(org, expires));
            notifications.send(new Notifications.Outgoing(NotificationKind.MACD_APPROVAL,
                    (reminder ? "macd-approval-reminder:" : "macd-approval:") + request.caseNumber() + ":" + mpoc.email(),
                    org.code(), request.caseNumber(), null, mpoc.email(), model, false));
        }
    }

    /** Task, service level and the fields given, as the customer reads them. */
    private Map<String, Object> summary(OrganizationInfo org, MacdRequest request, Map<String, Object> details) {
        Map<String, Object> model = new HashMap<>();
        model.put("task", texts.task(org, request.task()));
        model.put("expedited", request.expedited());
        model.put("requestFields", requestFields(org, details));
        return model;
    }

    private List<String> requestFields(OrganizationInfo org, Map<String, Object> details) {
        List<String> given = new ArrayList<>();
        for (String key : fields.all()) {
            Object value = details.get(key);
            if (value != null && !value.toString().isBlank()) {
                given.add(texts.field(org, key) + ": " + value);
            }
        }
        return given;
    }

    private void spendLinks(String caseNumber) {
        Instant now = now();
        links.findByCaseNumber(caseNumber).forEach(link -> link.spend(now));
    }

    private ApprovalPage page(ApprovalLink link, MacdRequest request) {
        OrganizationInfo org = organization(request);
        CaseView c = caseSteps.view(request.caseNumber());
        String state;
        if (request.approval() == Approval.APPROVED || request.approval() == Approval.REJECTED) {
            state = "This request was " + request.approval().name().toLowerCase(Locale.ROOT) + " by "
                    + request.decidedBy() + ".";
        } else if (request.approval() == Approval.EXPIRED) {
            state = "This request was not approved in time and is closed.";
        } else if (!link.isUsable(now())) {
            state = "This link has expired; use the most recent mail about the request.";
        } else {
            state = null;
        }
        return new ApprovalPage(request.caseNumber(), org.name(), c.subject(), texts.task(org, request.task()),
                request.expedited(), directory.contact(request.requestedBy()).map(ContactInfo::name)
                        .orElse(request.requestedBy()),
                link.approver(), requestFields(org, caseSteps.details(request.caseNumber())), request.approval(), state);
    }

    private MacdView view(MacdRequest request) {
        OrganizationInfo org = organization(request);
        ProvisioningFee fee = request.completedAt() == null ? null
                : ProvisioningFee.of(request.minutesSpent(), properties.hourlyRate(), properties.billingIncrement());
        return new MacdView(request.caseNumber(), request.task(), request.expedited(), request.requestedBy(),
                request.approval(), request.decidedBy(), request.decisionReason(), request.workStartsAt(),
                request.completedAt(), request.minutesSpent(), fee == null ? null : fee.minutesBilled(),
                fee == null ? null : fee.amount(), properties.currency(), fields.missing(caseSteps.details(request.caseNumber()))
                        .stream().map(key -> texts.field(org, key)).toList());
    }

    private MacdRequest visible(String caseNumber, Caller caller) {
        return requests.findById(caseNumber).filter(r -> caller.canSee(r.organizationCode()))
                .orElseThrow(() -> new NotFoundException("No MACD request " + caseNumber
                        + " exists, or it belongs to another organization."));
    }

    private ApprovalLink link(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new NotFoundException("This approval link is not valid.");
        }
        return links.findByTokenHash(hash(token))
                .orElseThrow(() -> new NotFoundException("This approval link is not valid."));
    }

    MacdRequest request(String caseNumber) {
        return requests.findById(caseNumber)
                .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no MACD request."));
    }

    private OrganizationInfo organization(MacdRequest request) {
        return directory.organization(request.organizationCode());
    }

    private String due(OrganizationInfo org, Instant at) {
        return at == null ? null : texts.time(org, at);
    }

    private static int requireMinutes(int minutes) {
        if (minutes < 0 || minutes > 10_000) {
            throw new InvalidRequestException("Enter the minutes spent on the request (0 to 10000).");
        }
        return minutes;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
