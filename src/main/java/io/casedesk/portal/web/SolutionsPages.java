package io.casedesk.portal.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.casedesk.common.Labels;
import io.casedesk.common.Labels.Kind;
import io.casedesk.portal.web.PortalSession.Visit;
import io.casedesk.solutions.Solutions;
import io.casedesk.supportcase.CaseSettings;

/** The Solutions Center in the portal: search the self-help articles and read one. */
@Controller
class SolutionsPages {

    static final int SUGGESTIONS = 3;

    private final Solutions solutions;
    private final PortalSession session;
    private final Labels labels;
    private final CaseSettings caseSettings;

    SolutionsPages(Solutions solutions, PortalSession session, Labels labels, CaseSettings caseSettings) {
        this.solutions = solutions;
        this.session = session;
        this.labels = labels;
        this.caseSettings = caseSettings;
    }

    @GetMapping("/portal/solutions")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String productLine,
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Visit visit = session.visit(lang, request, response, model);
        model.addAttribute("articles", solutions.search(q, productLine,
                visit.locale().getLanguage(), visit.contact()));
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), visit.locale()));
        model.addAttribute("book", labels.in(visit.locale()));
        return "portal/solutions";
    }

    @GetMapping("/portal/solutions/{slug}")
    String article(@PathVariable String slug, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Visit visit = session.visit(lang, request, response, model);
        model.addAttribute("article", solutions.read(slug, visit.locale().getLanguage(), visit.contact()));
        model.addAttribute("book", labels.in(visit.locale()));
        return "portal/article";
    }

    /** The case form's "articles that may help", as a fragment the form's script puts in place while one types. */
    @GetMapping("/portal/solutions/suggestions")
    String suggestions(@RequestParam(required = false) String productLine, @RequestParam(required = false) String q,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Visit visit = session.visit(null, request, response, model);
        model.addAttribute("suggestions", solutions.suggestions(productLine, q, visit.locale().getLanguage(),
                SUGGESTIONS));
        return "portal/new-case :: suggestions";
    }
}
