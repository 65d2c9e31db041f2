package io.casedesk.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.Labels;
import io.casedesk.common.Labels.Kind;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.common.ProblemResponses;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.ContactLogins;
import io.casedesk.escalation.Escalations;
import io.casedesk.incident.IncidentView;
import io.casedesk.incident.Incidents;
import io.casedesk.macd.Approval;
import io.casedesk.macd.MacdApprovals;
import io.casedesk.macd.MacdRequests;
import io.casedesk.macd.MacdTask;
import io.casedesk.macd.MacdView;
import io.casedesk.mastercase.MasterCaseView;
import io.casedesk.mastercase.MasterCases;
import io.casedesk.portal.web.PortalSession.Visit;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.solutions.Solutions;
import io.casedesk.supportcase.AttachmentInfo;
import io.casedesk.supportcase.CaseAttachment;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.CaseHistoryEntry;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseSettings;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewAttachment;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;

/**
 * The Customer Support Portal for contacts ({@code /portal/}): sign-in, password links, the organization's cases,
 * opening a case and a case's page with the conversation, its incident steps or MACD request. The pages call the
 * same services as the API with the contact as {@link Caller}, so a contact sees and does exactly what the API
 * lets it; times are in the organization's zone, named, and the pages speak the organization's language until
 * the contact switches.
 */
@Controller
class PortalController {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_FILES = 5;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** What a contact opens here. */
    static final List<CaseType> PORTAL_TYPES = List.of(CaseType.INCIDENT, CaseType.SERVICE_REQUEST, CaseType.MACD,
            CaseType.INFORMATION, CaseType.BILLING, CaseType.SALES);
    /** The facts of an incident report (plan 001) as the form names them. */
    static final List<String> INCIDENT_FACTS = List.of("extension", "direction", "counterpartNumber", "occurredAt");
    /** The fields of a MACD request; the form names them {@code macd.<field>}. */
    static final List<String> MACD_FIELDS = List.of("accountId", "userName", "extension", "directNumber",
            "extensionType", "teamsEmail", "ringGroup", "newLocation", "changes", "phoneModel", "macAddress");
    /** Files attached with a comment are shown with it when they were added this close to it. */
    private static final Duration SAME_MESSAGE = Duration.ofSeconds(5);

    /** A case as the list shows it. */
    record Row(String number, String subject, String status, String priority, String productLine, String opened,
            String nextUpdateDue) {
    }

    /** A message of the conversation as the case page shows it, with the files sent with it. */
    record Message(String at, String author, String body, List<AttachmentInfo> files) {
    }

    /** A change of status as the case page shows it. */
    record Change(String at, String status, String reason) {
    }

    /** A case linked to this one: related, duplicate of, its master case. */
    record Link(String relation, String number, String title, boolean ownCase) {
    }

    /** A step of the incident flow. */
    record Step(String label, String started, String completed) {
    }

    private final CaseManagement cases;
    private final Callers callers;
    private final SlaClocks slaClocks;
    private final ContactLogins logins;
    private final Labels labels;
    private final CaseSettings caseSettings;
    private final TransactionTemplate transactions;
    private final Escalations escalations;
    private final MacdRequests macdRequests;
    private final MacdApprovals macdApprovals;
    private final Incidents incidents;
    private final MasterCases masterCases;
    private final Solutions solutions;
    private final PortalSession session;
    private final PortalProperties properties;

    PortalController(CaseManagement cases, Callers callers, SlaClocks slaClocks,
            ContactLogins logins, Labels labels, CaseSettings caseSettings, TransactionTemplate transactions,
            Escalations escalations, MacdRequests macdRequests, MacdApprovals macdApprovals, Incidents incidents,
            MasterCases masterCases, Solutions solutions, PortalSession session, PortalProperties properties) {
        this.cases = cases;
        this.callers = callers;
        this.slaClocks = slaClocks;
        this.logins = logins;
        this.labels = labels;
        this.caseSettings = caseSettings;
        this.transactions = transactions;
        this.escalations = escalations;
        this.macdRequests = macdRequests;
        this.macdApprovals = macdApprovals;
        this.incidents = incidents;
        this.masterCases = masterCases;
        this.solutions = solutions;
        this.session = session;
        this.properties = properties;
    }

    @GetMapping({"/portal", "/portal/"})
    String home() {
        return "redirect:/portal/cases";
    }

    @GetMapping("/portal/login")
    String login(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        session.chooseLanguage(lang, null, request, response);
        return "portal/login";
    }

    @GetMapping("/portal/password-reset")
    String passwordResetForm(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response) {
        session.chooseLanguage(lang, null, request, response);
        return "portal/password-reset";
    }

    @PostMapping("/portal/password-reset")
    String requestPasswordReset(@RequestParam(required = false) String email, Model model) {
        if (email != null && !email.isBlank() && email.length() <= 254) {
            logins.requestReset(email.strip());
        }
        model.addAttribute("requested", true);
        return "portal/password-reset";
    }

    @GetMapping("/portal/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Priority priority, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        Page<SupportCase> found = cases.list(new CaseFilter(null, status, priority, null, q, null, null),
                visit.contact(), Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        Map<String, SlaStatus> sla = slaClocks.statuses(found.getContent().stream().map(SupportCase::number).toList());
        Labels.Book book = labels.in(visit.locale());
        model.addAttribute("rows", found.getContent().stream().map(c -> new Row(c.number(), c.subject(),
                book.status(c.status()), book.priority(c.priority()), book.productLine(c.productLine()),
                visit.time(c.openedAt()),
                visit.time(nextContact(sla.getOrDefault(c.number(), SlaStatus.NONE))))).toList());
        model.addAttribute("found", found);
        model.addAttribute("statuses", labels.options(Kind.STATUS, List.of(CaseStatus.values()), visit.locale()));
        model.addAttribute("priorities", labels.options(Kind.PRIORITY,
                List.of(Priority.P1, Priority.P2, Priority.P3, Priority.P4), visit.locale()));
        return "portal/cases";
    }

    @GetMapping("/portal/cases/new")
    String newCase(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Visit visit = session.visit(form.get("lang"), request, response, model);
        model.addAttribute("form", form);
        newCaseChoices(model, visit, form);
        return "portal/new-case";
    }

    /**
     * Opens a case for the contact, with its files, in one transaction: a refused case or file keeps nothing. The
     * rules are the API's ({@link CaseManagement#open}): MPOCs only, P4 until support reviews it, the MACD fields
     * checked as there.
     */
    @PostMapping("/portal/cases")
    String openCase(@RequestParam Map<String, String> form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Visit visit = session.visit(null, request, response, model);
        try {
            CaseType type = type(form.get("type"));
            String subject = form.get("subject");
            String description = form.get("description");
            if (blank(subject) || subject.strip().length() > 200) {
                throw new InvalidRequestException("Give a subject of up to 200 characters.");
            }
            if (blank(description) || description.strip().length() > 20000) {
                throw new InvalidRequestException("Describe the issue (up to 20,000 characters).");
            }
            Map<String, Object> details = details(type, form);
            List<NewAttachment> attachments = attachments(files);
            String productLine = form.get("productLine");
            String number = transactions.execute(status -> {
                SupportCase opened = cases.open(new NewCase(null, null, Channel.PORTAL, type,
                        blank(productLine) ? null : productLine, subject, description, null,
                        details.isEmpty() ? null : details), visit.contact(), null).supportCase();
                if (!attachments.isEmpty()) {
                    cases.attach(opened.number(), attachments, visit.contact());
                }
                return opened.number();
            });
            redirect.addFlashAttribute("notice", "opened");
            return "redirect:/portal/cases/" + number;
        } catch (CasedeskException refused) {
            response.setStatus(ProblemResponses.statusOf(refused).value());
            model.addAttribute("problemText", refused.getMessage());
            model.addAttribute("form", form);
            newCaseChoices(model, visit, form);
            return "portal/new-case";
        }
    }

    @GetMapping("/portal/cases/{number}")
    String casePage(@PathVariable String number, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        Caller contact = visit.contact();
        SupportCase c = cases.get(number, contact);
        Labels.Book book = labels.in(visit.locale());
        SlaStatus sla = slaClocks.status(c.number());
        model.addAttribute("supportCase", c);
        model.addAttribute("status", book.status(c.status()));
        model.addAttribute("priority", book.priority(c.priority()));
        model.addAttribute("productLine", book.productLine(c.productLine()));
        model.addAttribute("type", book.caseType(c.type()));
        model.addAttribute("opened", visit.time(c.openedAt()));
        model.addAttribute("initialResponseDue", sla.initialResponseDue() == null ? null
                : visit.time(sla.initialResponseDue()));
        model.addAttribute("nextUpdateDue", visit.time(sla.nextUpdateDue()));
        model.addAttribute("resolutionDue", visit.time(sla.resolutionDue()));
        model.addAttribute("etr", visit.time(c.etr()));
        List<AttachmentInfo> files = cases.attachments(c.number(), contact);
        model.addAttribute("attachments", files);
        model.addAttribute("awaitingConfirmation", c.status() == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        model.addAttribute("closed", c.status().isClosed());
        model.addAttribute("messages", cases.comments(c.number(), contact).stream()
                .sorted(Comparator.comparing(CaseComment::at))
                .map(comment -> new Message(visit.time(comment.at()), comment.author(), comment.body(),
                        files.stream().filter(file -> sentWith(file, comment)).toList())).toList());
        model.addAttribute("history", c.history().stream()
                .sorted(Comparator.comparing(CaseHistoryEntry::at))
                .map(entry -> new Change(visit.time(entry.at()), book.status(entry.to()), entry.reason())).toList());
        links(model, c, visit);
        if (c.type() == CaseType.MACD) {
            MacdView macd = macdRequests.view(c.number(), contact);
            model.addAttribute("macd", macd);
            model.addAttribute("macdWorkStarts", visit.time(macd.workStartsAt()));
            model.addAttribute("macdCompleted", visit.time(macd.completedAt()));
            model.addAttribute("mayDecide", macd.approval() == Approval.PENDING && visit.isMpoc());
        }
        if (c.type() == CaseType.INCIDENT) {
            incident(model, c.number(), visit);
        }
        return "portal/case";
    }

    /** A file of the case, for the contact to download. */
    @GetMapping("/portal/cases/{number}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String number, @PathVariable long id) {
        CaseAttachment attachment = cases.attachment(number, id, callers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }

    /** A public comment, with files if the contact attached some; the comment and its files are kept together. */
    @PostMapping("/portal/cases/{number}/comments")
    String comment(@PathVariable String number, @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        Caller contact = callers.current();
        try {
            if (body == null || body.isBlank()) {
                redirect.addFlashAttribute("problem", "empty");
            } else {
                List<NewAttachment> attachments = attachments(files);
                transactions.executeWithoutResult(status -> {
                    cases.comment(number, body.strip(), true, contact);
                    if (!attachments.isEmpty()) {
                        cases.attach(number, attachments, contact);
                    }
                });
                redirect.addFlashAttribute("notice", "commented");
            }
        } catch (CasedeskException refused) {
            refuseUnlessBusiness(refused);
            redirect.addFlashAttribute("problemText", refused.getMessage());
        }
        return "redirect:/portal/cases/" + number;
    }

    /** The customer's answer to a resolution: fixed closes the case, not fixed sends it back to support. */
    @PostMapping("/portal/cases/{number}/resolution")
    String answerResolution(@PathVariable String number, @RequestParam boolean confirmed,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(number, redirect, confirmed ? "confirmed" : "notFixed", () -> cases.answerResolution(number, confirmed,
                blank(comment) ? null : comment.strip(), callers.current()));
    }

    /** Reopens a closed case inside the reopen window; later, a new case related to it opens instead. */
    @PostMapping("/portal/cases/{number}/reopen")
    String reopen(@PathVariable String number, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Caller contact = callers.current();
        try {
            CaseManagement.Reopened reopened = cases.reopen(number, blank(reason) ? null : reason.strip(), contact);
            redirect.addFlashAttribute("notice", reopened.newCase() ? "newRelatedCase" : "reopened");
            return "redirect:/portal/cases/" + reopened.supportCase().number();
        } catch (CasedeskException refused) {
            refuseUnlessBusiness(refused);
            redirect.addFlashAttribute("problemText", refused.getMessage());
            return "redirect:/portal/cases/" + number;
        }
    }

    /** The contact asks for the case to be escalated. */
    @PostMapping("/portal/cases/{number}/escalations")
    String escalate(@PathVariable String number, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(number, redirect, "escalated", () -> escalations.request(number, blank(reason) ? null : reason.strip(),
                callers.current()));
    }

    /** An MPOC approves or rejects a MACD request of the organization, as through the API or the mailed link. */
    @PostMapping("/portal/cases/{number}/macd/approval")
    String decideMacd(@PathVariable String number, @RequestParam boolean approve,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(number, redirect, approve ? "macdApproved" : "macdRejected", () -> macdApprovals.decideAsContact(
                number, callers.current(), approve, blank(reason) ? null : reason.strip()));
    }

    private String act(String number, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (CasedeskException refused) {
            refuseUnlessBusiness(refused);
            redirect.addFlashAttribute("problemText", refused.getMessage());
        }
        return "redirect:/portal/cases/" + number;
    }

    /**
     * A case the contact may not see, or an action it may not take, is a refused page (404, 403) as in the API;
     * other refusals are shown on the case page.
     */
    private static void refuseUnlessBusiness(CasedeskException refused) {
        if (refused instanceof NotFoundException || refused instanceof NotPermittedException) {
            throw refused;
        }
    }

    private void links(Model model, SupportCase c, Visit visit) {
        Caller contact = visit.contact();
        List<Link> links = new ArrayList<>();
        if (c.relatedCase() != null) {
            cases.find(c.relatedCase(), contact).ifPresent(other -> links.add(new Link("related", other.number(),
                    other.subject(), true)));
        }
        if (c.duplicateOf() != null) {
            cases.find(c.duplicateOf(), contact).ifPresent(other -> links.add(new Link("duplicateOf", other.number(),
                    other.subject(), true)));
        }
        if (c.masterCase() != null) {
            MasterCaseView master = masterCases.view(c.masterCase());
            links.add(new Link("master", master.number(), master.title(), false));
            model.addAttribute("master", master);
            List<Message> updates = new ArrayList<>(master.updates().stream()
                    .map(update -> new Message(visit.time(update.at()), null, update.text(), List.<AttachmentInfo>of()))
                    .toList());
            Collections.reverse(updates);
            model.addAttribute("masterUpdates", updates);
        }
        model.addAttribute("links", links);
    }

    private void incident(Model model, String number, Visit visit) {
        try {
            IncidentView incident = incidents.view(number, visit.contact());
            model.addAttribute("steps", incident.steps().stream().map(step -> new Step(
                    step.step(), visit.time(step.startedAt()), visit.time(step.completedAt()))).toList());
            IncidentView.Dispatch dispatch = incident.dispatch();
            if (dispatch != null) {
                model.addAttribute("visitWindow", List.of(dispatch.technician(), dispatch.siteName(),
                        visit.time(dispatch.arrivalFrom()), visit.time(dispatch.arrivalDue()),
                        visit.time(dispatch.onSiteAt()), visit.time(dispatch.workDoneAt())));
            }
        } catch (NotFoundException noFlowYet) {
            model.addAttribute("steps", List.of());
        }
    }

    private void newCaseChoices(Model model, Visit visit, Map<String, String> form) {
        Locale locale = visit.locale();
        boolean mpoc = visit.isMpoc();
        boolean financial = visit.hasRole(ContactRole.FINANCIAL);
        model.addAttribute("types", labels.options(Kind.CASE_TYPE, mpoc ? PORTAL_TYPES
                : financial ? List.of(CaseType.MACD, CaseType.BILLING) : List.of(CaseType.MACD), locale));
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), locale));
        model.addAttribute("directions", labels.options(Kind.DIRECTION, List.of("INBOUND", "OUTBOUND", "BOTH"), locale));
        model.addAttribute("macdTasks", List.of(MacdTask.values()));
        model.addAttribute("mpoc", mpoc);
        model.addAttribute("urgent", properties.urgentContacts().get(visit.organization().slaPlan()));
        model.addAttribute("urgentHours", properties.urgentContacts().containsKey(visit.organization().slaPlan())
                ? properties.urgentContacts().get(visit.organization().slaPlan()).hours(locale) : "");
        String words = (form.getOrDefault("subject", "") + " " + form.getOrDefault("description", "")).strip();
        model.addAttribute("suggestions", solutions.suggestions(form.get("productLine"), words,
                locale.getLanguage(), SolutionsPages.SUGGESTIONS));
    }

    private static CaseType type(String text) {
        try {
            CaseType type = text == null ? null : CaseType.valueOf(text);
            if (type != null && PORTAL_TYPES.contains(type)) {
                return type;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw new InvalidRequestException("Choose the type of the case.");
    }

    /** The incident facts or the MACD fields the form filled in, as the case's details; the others are ignored. */
    private static Map<String, Object> details(CaseType type, Map<String, String> form) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (type == CaseType.INCIDENT) {
            INCIDENT_FACTS.forEach(fact -> put(details, fact, form.get(fact)));
        } else if (type == CaseType.MACD) {
            put(details, "task", form.get("macd.task"));
            if (form.containsKey("macd.expedited")) {
                details.put("expedited", Boolean.TRUE);
            }
            MACD_FIELDS.forEach(field -> put(details, field, form.get("macd." + field)));
        } else if (type == CaseType.BILLING) {
            put(details, "disputedCase", form.get("disputedCase"));
        }
        return details;
    }

    private static List<NewAttachment> attachments(List<MultipartFile> files) {
        List<NewAttachment> attachments = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
                    : file.getOriginalFilename();
            if (attachments.size() == MAX_FILES) {
                throw new InvalidRequestException("Attach at most " + MAX_FILES + " files.");
            }
            if (file.getSize() > MAX_FILE_BYTES) {
                throw new InvalidRequestException("The file " + name + " is larger than 5 MB; nothing was sent. "
                        + "Attach files of up to 5 MB each (compress a large log or trace first).");
            }
            try {
                attachments.add(new NewAttachment(name, file.getContentType() == null ? "application/octet-stream"
                        : file.getContentType(), file.getBytes()));
            } catch (IOException unreadable) {
                throw new InvalidRequestException("The file " + name + " could not be read.");
            }
        }
        return attachments;
    }

    /** When the customer hears from support next: the next update, or before the first answer the initial response. */
    private static Instant nextContact(SlaStatus sla) {
        return sla.nextUpdateDue() != null ? sla.nextUpdateDue() : sla.initialResponseDue();
    }

    private static boolean sentWith(AttachmentInfo file, CaseComment comment) {
        return file.addedBy().equals(comment.author()) && !file.addedAt().isBefore(comment.at())
                && Duration.between(comment.at(), file.addedAt()).compareTo(SAME_MESSAGE) < 0;
    }

    private static void put(Map<String, Object> details, String fact, String value) {
        if (!blank(value)) {
            details.put(fact, value.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
