package io.casedesk.statuspage.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.ProblemResponses;
import io.casedesk.statuspage.StatusPage;
import io.casedesk.statuspage.StatusSnapshot;
import io.casedesk.statuspage.Subscriptions;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The public network status page ({@code /status}, readable on a phone, no login), its JSON
 * ({@code /api/status}) and Atom feed, and the email subscriptions with their confirm and unsubscribe pages.
 * Links in mail open a page; only its button changes anything, so link scanners cannot subscribe or
 * unsubscribe anyone.
 */
@Controller
class StatusController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final StatusPage statusPage;
    private final Subscriptions subscriptions;

    StatusController(StatusPage statusPage, Subscriptions subscriptions) {
        this.statusPage = statusPage;
        this.subscriptions = subscriptions;
    }

    @Operation(summary = "Read the public service status")
    @GetMapping(path = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    StatusSnapshot status() {
        return statusPage.snapshot();
    }

    @GetMapping(path = "/status", produces = MediaType.TEXT_HTML_VALUE)
    String page(Model model) {
        model.addAttribute("status", statusPage.snapshot());
        model.addAttribute("times", statusPage.times());
        model.addAttribute("topics", subscriptions.topics());
        return "status/page";
    }

    @GetMapping("/status/feed.atom")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(ATOM).body(statusPage.atom());
    }

    @PostMapping(path = "/status/subscriptions", produces = MediaType.TEXT_HTML_VALUE)
    String subscribe(@RequestParam(required = false) String email, @RequestParam(required = false) String topic,
            Model model) {
        subscriptions.subscribe(email, topic);
        model.addAttribute("message", "Check your mailbox: a link to confirm the subscription is on its way (once per "
                + "address and choice). Nothing else is sent until you confirm it.");
        return "status/subscription";
    }

    @GetMapping(path = "/status/subscriptions/confirm/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("subscription", subscriptions.page(token, false));
        model.addAttribute("action", "confirm");
        model.addAttribute("token", token);
        return "status/subscription";
    }

    @PostMapping(path = "/status/subscriptions/confirm/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("subscription", subscriptions.confirm(token));
        model.addAttribute("message", "Subscribed. Every mail carries a link to unsubscribe.");
        return "status/subscription";
    }

    @GetMapping(path = "/status/subscriptions/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("subscription", subscriptions.page(token, true));
        model.addAttribute("action", "unsubscribe");
        model.addAttribute("token", token);
        return "status/subscription";
    }

    @PostMapping(path = "/status/subscriptions/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("subscription", subscriptions.unsubscribe(token));
        model.addAttribute("message", "Unsubscribed. Your address is deleted.");
        return "status/subscription";
    }

    @ExceptionHandler(CasedeskException.class)
    ModelAndView refused(CasedeskException e) {
        ModelAndView view = new ModelAndView("status/subscription", ProblemResponses.statusOf(e));
        view.addObject("error", e.getMessage());
        return view;
    }
}
