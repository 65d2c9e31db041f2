package io.casedesk.portal.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.Labels;
import io.casedesk.common.LocalTimes;
import io.casedesk.common.NotPermittedException;
import io.casedesk.common.Labels.Kind;
import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.ContactLogins;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.escalation.Escalations;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
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
 * The Customer Support Portal for contacts ({@code /portal/}): sign-in, password links, the organization's cases
 * and a case's page with the conversation. The pages call the same services as the API with the contact as
 * {@link Caller}, so a contact sees and does exactly what the API lets it; times are in the organization's zone,
 * named, and the pages speak the organization's language until the contact switches.
 */
@Controller
class PortalController {

    static final int PAGE_SIZE = 20;
    static final int MAX_FILES = 5;
    /** What a contact opens here; MACD requests go through the API for now. */
    static final List<CaseType> PORTAL_TYPES = List.of(CaseType.INCIDENT, CaseType.SERVICE_REQUEST, CaseType.INFORMATION);
    static final List<String> LANGUAGES = List.of("en", "es");
    /** Set once the session's language was chosen (by the contact, or the organization's at the first page). */
    private static final String SESSION_LANGUAGE = "casedesk.portal.languageChosen";

    /** A case as the list shows it. */
    record Row(String number, String subject, String status, String priority, String productLine, String opened,
            String nextUpdateDue) {
    }

    /** A message of the conversation as the case page shows it. */
    record Message(String at, String author, String body) {
    }

    /** A change of status as the case page shows it. */
    record Change(String at, String status, String reason) {
    }

    private final CaseManagement cases;
    private final Callers callers;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final ContactLogins logins;
    private final Labels labels;
    private final LocaleResolver localeResolver;
    private final CaseSettings caseSettings;
    private final TransactionTemplate transactions;
    private final Escalations escalations;

    PortalController(CaseManagement cases, Callers callers, CustomerDirectory directory, SlaClocks slaClocks,
            ContactLogins logins, Labels labels, LocaleResolver localeResolver, CaseSettings caseSettings,
            TransactionTemplate transactions, Escalations escalations) {
        this.escalations = escalations;
        this.caseSettings = caseSettings;
        this.transactions = transactions;
        this.cases = cases;
        this.callers = callers;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.logins = logins;
        this.labels = labels;
        this.localeResolver = localeResolver;
    }

    @GetMapping({"/portal", "/portal/"})
    String home() {
        return "redirect:/portal/cases";
    }

    @GetMapping("/portal/login")
    String login(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        chooseLanguage(lang, null, request, response);
        return "portal/login";
    }

    @GetMapping("/portal/password-reset")
    String passwordResetForm(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response) {
        chooseLanguage(lang, null, request, response);
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
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Caller contact = callers.current();
        OrganizationInfo organization = directory.organization(contact.organization());
        Locale locale = chooseLanguage(lang, organization, request, response);
        Page<SupportCase> found = cases.list(new CaseFilter(null, status, priority, null, q, null, null), contact,
                Math.max(page, 0), PAGE_SIZE);
        Map<String, SlaStatus> sla = slaClocks.statuses(found.getContent().stream().map(SupportCase::number).toList());
        Labels.Book book = labels.in(locale);
        ZoneId zone = organization.timeZone();
        model.addAttribute("rows", found.getContent().stream().map(c -> new Row(c.number(), c.subject(),
                book.status(c.status()), book.priority(c.priority()), book.productLine(c.productLine()),
                time(c.openedAt(), zone, locale),
                time(sla.getOrDefault(c.number(), SlaStatus.NONE).nextUpdateDue(), zone, locale))).toList());
        model.addAttribute("found", found);
        model.addAttribute("statuses", labels.options(Kind.STATUS, List.of(CaseStatus.values()), locale));
        model.addAttribute("priorities", labels.options(Kind.PRIORITY,
                List.of(Priority.P1, Priority.P2, Priority.P3, Priority.P4), locale));
        page(model, contact, organization);
        return "portal/cases";
    }

    @GetMapping("/portal/cases/new")
    String newCase(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Caller contact = callers.current();
        OrganizationInfo organization = directory.organization(contact.organization());
        newCaseChoices(model, chooseLanguage(lang, organization, request, response), contact, organization);
        return "portal/new-case";
    }

    /**
     * Opens a case for the contact, with its files, in one transaction: a refused case or file keeps nothing. The
     * rules are the API's ({@link CaseManagement#open}): MPOCs only, P4 until support reviews it.
     */
    @PostMapping("/portal/cases")
    String openCase(@RequestParam(required = false) CaseType type, @RequestParam(required = false) String productLine,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String description,
            @RequestParam(required = false) String extension, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String counterpartNumber, @RequestParam(required = false) String occurredAt,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Caller contact = callers.current();
        OrganizationInfo organization = directory.organization(contact.organization());
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "extension", extension);
        put(details, "direction", direction);
        put(details, "counterpartNumber", counterpartNumber);
        put(details, "occurredAt", occurredAt);
        try {
            if (type == null || !PORTAL_TYPES.contains(type)) {
                throw new InvalidRequestException("Choose the type of the case.");
            }
            if (blank(subject) || subject.strip().length() > 200) {
                throw new InvalidRequestException("Give a subject of up to 200 characters.");
            }
            if (blank(description) || description.strip().length() > 20000) {
                throw new InvalidRequestException("Describe the issue (up to 20,000 characters).");
            }
            List<NewAttachment> attachments = attachments(files);
            String number = transactions.execute(status -> {
                SupportCase opened = cases.open(new NewCase(null, null, Channel.PORTAL, type,
                        blank(productLine) ? null : productLine, subject, description, null,
                        details.isEmpty() ? null : details), contact, null).supportCase();
                if (!attachments.isEmpty()) {
                    cases.attach(opened.number(), attachments, contact);
                }
                return opened.number();
            });
            redirect.addFlashAttribute("notice", "opened");
            return "redirect:/portal/cases/" + number;
        } catch (CasedeskException refused) {
            response.setStatus(refused instanceof NotPermittedException ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problemText", refused.getMessage());
            model.addAttribute("form", Map.of("subject", text(subject), "description", text(description)));
            newCaseChoices(model, chooseLanguage(null, organization, request, response), contact, organization);
            return "portal/new-case";
        }
    }

    @GetMapping("/portal/cases/{number}")
    String casePage(@PathVariable String number, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller contact = callers.current();
        OrganizationInfo organization = directory.organization(contact.organization());
        Locale locale = chooseLanguage(lang, organization, request, response);
        SupportCase c = cases.get(number, contact);
        ZoneId zone = organization.timeZone();
        Labels.Book book = labels.in(locale);
        SlaStatus sla = slaClocks.status(c.number());
        model.addAttribute("supportCase", c);
        model.addAttribute("status", book.status(c.status()));
        model.addAttribute("priority", book.priority(c.priority()));
        model.addAttribute("productLine", book.productLine(c.productLine()));
        model.addAttribute("type", book.caseType(c.type()));
        model.addAttribute("opened", time(c.openedAt(), zone, locale));
        model.addAttribute("nextUpdateDue", time(sla.nextUpdateDue(), zone, locale));
        model.addAttribute("resolutionDue", time(sla.resolutionDue(), zone, locale));
        model.addAttribute("etr", time(c.etr(), zone, locale));
        model.addAttribute("attachments", cases.attachments(c.number(), contact));
        model.addAttribute("awaitingConfirmation", c.status() == CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        model.addAttribute("closed", c.status().isClosed());
        model.addAttribute("messages", cases.comments(c.number(), contact).stream()
                .sorted(Comparator.comparing(CaseComment::at))
                .map(comment -> new Message(time(comment.at(), zone, locale), comment.author(), comment.body())).toList());
        model.addAttribute("history", c.history().stream()
                .sorted(Comparator.comparing(CaseHistoryEntry::at))
                .map(entry -> new Change(time(entry.at(), zone, locale), book.status(entry.to()), entry.reason())).toList());
        page(model, contact, organization);
        return "portal/case";
    }

    @PostMapping("/portal/cases/{number}/comments")
    String comment(@PathVariable String number, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        Caller contact = callers.current();
        try {
            if (body == null || body.isBlank()) {
                redirect.addFlashAttribute("problem", "empty");
            } else {
                cases.comment(number, body.strip(), true, contact);
                redirect.addFlashAttribute("notice", "commented");
            }
        } catch (CasedeskException refused) {
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

    private String act(String number, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (CasedeskException refused) {
            redirect.addFlashAttribute("problemText", refused.getMessage());
        }
        return "redirect:/portal/cases/" + number;
    }

    private void newCaseChoices(Model model, Locale locale, Caller contact, OrganizationInfo organization) {
        model.addAttribute("types", labels.options(Kind.CASE_TYPE, PORTAL_TYPES, locale));
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), locale));
        model.addAttribute("directions", labels.options(Kind.DIRECTION, List.of("INBOUND", "OUTBOUND", "BOTH"), locale));
        model.addAttribute("mpoc", directory.isMpoc(organization.code(), contact.login()));
        page(model, contact, organization);
    }

    private static List<NewAttachment> attachments(List<MultipartFile> files) {
        List<NewAttachment> attachments = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            if (attachments.size() == MAX_FILES) {
                throw new InvalidRequestException("Attach at most " + MAX_FILES + " files.");
            }
            try {
                String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
                        : file.getOriginalFilename();
                attachments.add(new NewAttachment(name, file.getContentType() == null ? "application/octet-stream"
                        : file.getContentType(), file.getBytes()));
            } catch (IOException unreadable) {
                throw new InvalidRequestException("The file " + file.getOriginalFilename() + " could not be read.");
            }
        }
        return attachments;
    }

    private static void put(Map<String, Object> details, String fact, String value) {
        if (!blank(value)) {
            details.put(fact, value.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private void page(Model model, Caller contact, OrganizationInfo organization) {
        model.addAttribute("contact", contact.login());
        model.addAttribute("organizationName", organization.name());
        model.addAttribute("zone", organization.timeZone().getId());
    }

    /**
     * The language of the pages: the one the contact chose ({@code lang}), else the one chosen earlier in this
     * session, else the organization's.
     */
    private Locale chooseLanguage(String lang, OrganizationInfo organization, HttpServletRequest request,
            HttpServletResponse response) {
        if (lang != null && LANGUAGES.contains(lang)) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
        } else if (organization != null && request.getSession().getAttribute(SESSION_LANGUAGE) == null) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(organization.locale().getLanguage()));
        }
        if (lang != null || organization != null) {
            request.getSession().setAttribute(SESSION_LANGUAGE, Boolean.TRUE);
        }
        return localeResolver.resolveLocale(request);
    }

    private static String time(Instant at, ZoneId zone, Locale locale) {
        return LocalTimes.describe(at, zone, locale);
    }
}
