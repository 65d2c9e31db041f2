package io.casedesk.portal.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.Labels;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.Callers;
import io.casedesk.invoice.InvoiceFiles;
import io.casedesk.invoice.InvoiceView;
import io.casedesk.invoice.Invoicing;
import io.casedesk.macd.Billing;
import io.casedesk.project.ProjectPhase;
import io.casedesk.project.ProjectView;
import io.casedesk.project.Projects;
import io.casedesk.macd.BillingStatement;
import io.casedesk.portal.web.PortalSession.Visit;
import io.casedesk.statuspage.Subscriptions;
import io.casedesk.statuspage.Topic;

/**
 * The contact's account pages: BillCenter (the organization's billing statements by month, for its financial
 * contacts and MPOCs, as the API allows) and the status page subscriptions of the signed-in contact.
 */
@Controller
class AccountPages {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    /** A step of a project as its page lists it. */
    record ProjectEvent(String at, String actor, int phase, String kind, String text) {
    }

    /** An invoice as BillCenter lists it. */
    record IssuedInvoice(String number, String month, String issued, String total) {
    }

    /** A billed month as BillCenter lists it. */
    record Bill(String month, String name, long fees, String total) {
    }

    /** A topic the contact may follow, and whether it does. */
    record Choice(String topic, String label, boolean followed) {
    }

    private final Billing billing;
    private final Subscriptions subscriptions;
    private final PortalSession session;
    private final Callers callers;
    private final Labels labels;
    private final Invoicing invoicing;
    private final InvoiceFiles invoiceFiles;
    private final Projects projects;

    AccountPages(Billing billing, Subscriptions subscriptions, PortalSession session, Callers callers, Labels labels,
            Invoicing invoicing, InvoiceFiles invoiceFiles, Projects projects) {
        this.projects = projects;
        this.invoicing = invoicing;
        this.invoiceFiles = invoiceFiles;
        this.billing = billing;
        this.subscriptions = subscriptions;
        this.session = session;
        this.callers = callers;
        this.labels = labels;
    }

    @GetMapping("/portal/bills")
    String bills(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Visit visit = session.visit(lang, request, response, model);
        model.addAttribute("invoices", invoicing.invoices(visit.organization().code(), visit.contact()).stream()
                .map(invoice -> new IssuedInvoice(invoice.number(), name(YearMonth.parse(invoice.period()), visit),
                        visit.time(invoice.issuedAt()), invoice.currency() + " " + invoice.total().toPlainString()))
                .toList());
        model.addAttribute("months", billing.months(visit.organization().code(), visit.contact()).stream()
                .map(month -> new Bill(month.month().toString(), name(month.month(), visit), month.entries(),
                        month.currency() + " " + month.total().toPlainString())).toList());
        return "portal/bills";
    }

    @GetMapping("/portal/bills/{month}")
    String statement(@PathVariable String month, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        YearMonth period = month(month);
        BillingStatement statement = billing.statement(visit.organization().code(), period, visit.contact());
        model.addAttribute("statement", statement);
        model.addAttribute("monthName", name(period, visit));
        model.addAttribute("completed", statement.entries().stream().map(entry -> visit.time(entry.completedAt())).toList());
        return "portal/statement";
    }

    /** An invoice's PDF, the same file the API and the invoice mail give. */
    @GetMapping("/portal/bills/invoices/{number}.pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable String number) {
        InvoiceView invoice = invoicing.invoice(callers.current().organization(), number, callers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(invoiceFiles.pdf(invoice));
    }

    /** The month's statement as CSV, the same file the API gives. */
    @GetMapping("/portal/bills/{month}/statement.csv")
    ResponseEntity<String> csv(@PathVariable String month) {
        YearMonth period = month(month);
        String code = callers.current().organization();
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"billing-" + code + "-" + period + ".csv\"")
                .body(billing.csv(code, period, callers.current()));
    }

    @GetMapping("/portal/projects")
    String projects(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        model.addAttribute("projects", projects.of(visit.organization().code(), visit.contact()));
        return "portal/projects";
    }

    @GetMapping("/portal/projects/{id}")
    String project(@PathVariable long id, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        ProjectView project = projects.view(id, visit.contact());
        model.addAttribute("project", project);
        model.addAttribute("phases", List.of(ProjectPhase.values()).stream()
                .map(phase -> phase.label(visit.locale().getLanguage())).toList());
        model.addAttribute("events", project.events().stream()
                .map(event -> new ProjectEvent(visit.time(event.at()), event.actor(), event.phase(), event.kind(),
                        event.text())).toList());
        model.addAttribute("mayDecide", project.awaitingSignOff() && visit.isMpoc());
        return "portal/project";
    }

    @PostMapping("/portal/projects/{id}/sign-off")
    String signOff(@PathVariable long id, @RequestParam boolean accepted, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            projects.signOff(id, accepted, comment, callers.current());
            redirect.addFlashAttribute("notice", accepted ? "phaseSignedOff" : "phaseSentBack");
        } catch (InvalidRequestException | ConflictException refused) {
            redirect.addFlashAttribute("problemText", refused.getMessage());
        }
        return "redirect:/portal/projects/" + id;
    }

    @GetMapping("/portal/subscriptions")
    String subscriptionsPage(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        model.addAttribute("choices", choices(visit));
        return "portal/subscriptions";
    }

    @PostMapping("/portal/subscriptions")
    String follow(@RequestParam(name = "topic", required = false) List<String> topics, RedirectAttributes redirect) {
        try {
            subscriptions.follow(callers.current(), topics == null ? List.of() : topics);
            redirect.addFlashAttribute("notice", "subscriptionsSaved");
        } catch (CasedeskException refused) {
            redirect.addFlashAttribute("problemText", refused.getMessage());
        }
        return "redirect:/portal/subscriptions";
    }

    private List<Choice> choices(Visit visit) {
        List<String> followed = subscriptions.followedBy(visit.contact());
        Labels.Book book = labels.in(visit.locale());
        List<Choice> choices = new ArrayList<>();
        for (Map.Entry<String, String> topic : subscriptions.topics().entrySet()) {
            Topic parsed = Topic.parse(topic.getKey());
            String label = parsed.kind() == Topic.Kind.PLATFORM ? book.productLine(parsed.value()) : topic.getValue();
            choices.add(new Choice(topic.getKey(), label, followed.contains(topic.getKey())));
        }
        return choices;
    }

    private static String name(YearMonth month, Visit visit) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, visit.locale()) + " " + month.getYear();
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No statement for " + month + ".");
        }
    }
}
