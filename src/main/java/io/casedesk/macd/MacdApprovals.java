package io.casedesk.macd;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
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
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseView;

/**
 * The MPOCs' approval of a MACD request raised by another contact: personal links by mail (reminded once),
 * decisions by link or API, rejection, expiry, and withdrawal when the case is resolved some other way.
 */
@Service
@Transactional
public class MacdApprovals {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MacdRequestRepository requests;
    private final ApprovalLinkRepository links;
    private final MacdTexts texts;
    private final MacdSummary summary;
    private final MacdProperties properties;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final Notifications notifications;
    private final MacdRequests views;
    private final RuntimeService runtimeService;
    private final Clock clock;

    MacdApprovals(MacdRequestRepository requests, ApprovalLinkRepository links, MacdTexts texts, MacdSummary summary,
            MacdProperties properties, CaseSteps caseSteps, CustomerDirectory directory, Notifications notifications,
            MacdRequests views, RuntimeService runtimeService, Clock clock) {
        this.requests = requests;
        this.links = links;
        this.texts = texts;
        this.summary = summary;
        this.properties = properties;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.notifications = notifications;
        this.views = views;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Mails every MPOC of the organization a personal approve/reject link; the case waits for them. */
    void requestApproval(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        OrganizationInfo org = organization(request);
        caseSteps.awaitApproval(caseNumber, texts.text(org, "approval-wait", request.requestedBy()), MacdIntake.SYSTEM);
        sendApprovalLinks(request, org, false);
    }

    /** No MPOC decided yet: each is sent the request again, with a new link. */
    void remindApprovers(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        if (request.needsApproval()) {
            sendApprovalLinks(request, organization(request), true);
        }
    }

    /** The approval time ran out: the request closes as Closed No Response and its links stop working. */
    void expire(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        request.expire(now());
        spendLinks(caseNumber);
        OrganizationInfo org = organization(request);
        caseSteps.closeForNoResponse(caseNumber, texts.text(org, "expired", properties.approvalTimeout().toDays()));
    }

    /** The MPOC said no: the case closes with their reason; returns the end of its reopen window. */
    Instant reject(String caseNumber) {
        MacdRequest request = requests.require(caseNumber);
        OrganizationInfo org = organization(request);
        return caseSteps.close(caseNumber, texts.text(org, "rejected", request.decidedBy(), request.decisionReason()),
                request.decidedBy(), Map.of());
    }

    /**
     * The case was resolved with its master case while the request was under way: a pending approval is
     * withdrawn and its links stop working, so no MPOC decides a request that is no longer worked.
     */
    void withdraw(String caseNumber) {
        requests.findById(caseNumber).ifPresent(request -> {
            if (request.withdraw(now())) {
                spendLinks(caseNumber);
                caseSteps.record(caseNumber, texts.text(organization(request), "withdrawn"), MacdIntake.SYSTEM);
            }
        });
    }

    /** What an approval link shows: the request, and whether the link can still decide it. */
    @Transactional(readOnly = true)
    public ApprovalPage approvalPage(String token) {
        ApprovalLink link = link(token);
        return page(link, requests.require(link.caseNumber()));
    }

    /** An MPOC decides through their mailed link; it works once, until the request is decided or it expires. */
    public ApprovalPage decideByLink(String token, boolean approve, String reason) {
        ApprovalLink link = link(token);
        MacdRequest request = requests.require(link.caseNumber());
        if (!link.isUsable(now()) || !request.needsApproval()) {
            throw new GoneException(page(link, request).state());
        }
        decide(request, approve, link.approver(), reason);
        return page(link, request);
    }

    /** An MPOC of the organization decides through the API. */
    public MacdView decideAsContact(String caseNumber, Caller caller, boolean approve, String reason) {
        MacdRequest request = views.visible(caseNumber, caller);
        if (!caller.isContact() || !directory.isMpoc(request.organizationCode(), caller.login())) {
            throw new NotPermittedException("Only a designated contact (MPOC) of " + request.organizationCode()
                    + " may approve or reject its MACD requests.");
        }
        decide(request, approve, caller.login(), reason);
        return views.view(request);
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
            Map<String, Object> model = new HashMap<>(summary.forCustomer(org, request, details));
            model.put("approvalToken", token);
            model.put("requester", requester);
            model.put("reminder", reminder);
            model.put("expiresAt", texts.time(org, expires));
            notifications.send(new Notifications.Outgoing(NotificationKind.MACD_APPROVAL,
                    (reminder ? "macd-approval-reminder:" : "macd-approval:") + request.caseNumber() + ":" + mpoc.email(),
                    org.code(), request.caseNumber(), null, mpoc.email(), model, false));
        }
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
        } else if (request.approval() == Approval.WITHDRAWN) {
            state = "This request no longer needs a decision: the case was resolved with its master case.";
        } else if (!link.isUsable(now())) {
            state = "This link has expired; use the most recent mail about the request.";
        } else {
            state = null;
        }
        return new ApprovalPage(request.caseNumber(), org.name(), c.subject(), texts.task(org, request.task()),
                request.expedited(), directory.contact(request.requestedBy()).map(ContactInfo::name)
                        .orElse(request.requestedBy()),
                link.approver(), summary.fields(org.locale(), caseSteps.details(request.caseNumber())), request.approval(),
                state);
    }

    private ApprovalLink link(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new NotFoundException("This approval link is not valid.");
        }
        return links.findByTokenHash(hash(token))
                .orElseThrow(() -> new NotFoundException("This approval link is not valid."));
    }

    private OrganizationInfo organization(MacdRequest request) {
        return directory.organization(request.organizationCode());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
