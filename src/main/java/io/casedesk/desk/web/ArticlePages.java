package io.casedesk.desk.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.Labels;
import io.casedesk.common.Labels.Kind;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.Callers;
import io.casedesk.desk.Viewer;
import io.casedesk.desk.Viewers;
import io.casedesk.solutions.ArticleView;
import io.casedesk.solutions.NewArticle;
import io.casedesk.solutions.Solutions;
import io.casedesk.supportcase.CaseSettings;

/** The Solutions Center's articles in the desk: staff list, write, publish and remove them. */
@Controller
class ArticlePages {

    private final Solutions solutions;
    private final Callers callers;
    private final Labels labels;
    private final CaseSettings caseSettings;
    private final Viewers viewers;

    ArticlePages(Solutions solutions, Callers callers, Labels labels, CaseSettings caseSettings, Viewers viewers) {
        this.viewers = viewers;
        this.solutions = solutions;
        this.callers = callers;
        this.labels = labels;
        this.caseSettings = caseSettings;
    }

    /** An article as the list shows it. */
    record Row(ArticleView article, String updated) {
    }

    @GetMapping("/desk/articles")
    String list(Model model) {
        Viewer viewer = viewers.of(callers.current().login());
        model.addAttribute("articles", solutions.all(callers.current()).stream()
                .map(article -> new Row(article, viewer.time(article.updatedAt(), viewer.zone()))).toList());
        return "desk/articles";
    }

    @GetMapping("/desk/articles/new")
    String newArticle(Model model) {
        return form(new NewArticle("", Viewers.language().getLanguage(), "", "", List.of(), List.of(), true), false, model);
    }

    @GetMapping("/desk/articles/{slug}/{language}")
    String edit(@PathVariable String slug, @PathVariable String language, Model model) {
        ArticleView article = solutions.find(slug, language, callers.current())
                .orElseThrow(() -> new NotFoundException("No article " + slug + " in " + language + "."));
        return form(new NewArticle(article.slug(), article.language(), article.title(), article.body(),
                article.productLines(), article.tags(), article.published()), true, model);
    }

    @PostMapping("/desk/articles")
    String save(@RequestParam(required = false) String slug, @RequestParam(required = false) String language,
            @RequestParam(required = false) String title, @RequestParam(required = false) String body,
            @RequestParam(required = false) List<String> productLines, @RequestParam(required = false) String tags,
            @RequestParam(defaultValue = "false") boolean published, @RequestParam(defaultValue = "false") boolean existing,
            Model model, RedirectAttributes redirect) {
        NewArticle article = new NewArticle(slug, language, title, body, productLines == null ? List.of() : productLines,
                tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList(), published);
        try {
            ArticleView saved = solutions.publish(article, callers.current());
            redirect.addFlashAttribute("notice", "articleSaved");
            return "redirect:/desk/articles/" + saved.slug() + "/" + saved.language();
        } catch (CasedeskException refused) {
            model.addAttribute("problem", refused.getMessage());
            return form(article, existing, model);
        }
    }

    @PostMapping("/desk/articles/{slug}/{language}/remove")
    String remove(@PathVariable String slug, @PathVariable String language, RedirectAttributes redirect) {
        solutions.remove(slug, language, callers.current());
        redirect.addFlashAttribute("notice", "articleRemoved");
        return "redirect:/desk/articles";
    }

    private String form(NewArticle article, boolean existing, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("existing", existing);
        model.addAttribute("languages", Solutions.LANGUAGES);
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), Viewers.language()));
        return "desk/article";
    }
}
