package io.casedesk.macd.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.ProblemResponses;
import io.casedesk.macd.ApprovalPage;
import io.casedesk.macd.MacdApprovals;

/**
 * The page behind the approval link mailed to an MPOC: it needs no login, the link's secret is the
 * credential. Opening the page changes nothing (mail scanners open links); only its buttons decide.
 */
@Controller
class ApprovalController {

    private static final String VIEW = "macd/approval";

    private final MacdApprovals approvals;

    ApprovalController(MacdApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping(path = "/macd/approvals/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String show(@PathVariable String token, Model model) {
        model.addAttribute("page", approvals.approvalPage(token));
        model.addAttribute("token", token);
        return VIEW;
    }

    @PostMapping(path = "/macd/approvals/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    String decide(@PathVariable String token, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Model model) {
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidRequestException("Choose Approve or Reject.");
        }
        ApprovalPage page = approvals.decideByLink(token, "APPROVE".equals(decision), reason);
        model.addAttribute("page", page);
        model.addAttribute("token", token);
        model.addAttribute("decided", true);
        return VIEW;
    }

    @ExceptionHandler(CasedeskException.class)
    ModelAndView refused(CasedeskException e) {
        ModelAndView view = new ModelAndView("macd/approval-refused", ProblemResponses.statusOf(e));
        view.addObject("message", e.getMessage());
        return view;
    }
}
