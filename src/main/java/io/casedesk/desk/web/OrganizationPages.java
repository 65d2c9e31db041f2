package io.casedesk.desk.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.Onboarding;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.desk.Viewers;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.supportcase.CaseSettings;

/**
 * Onboarding in the desk (administrators and customer administrators): organizations with their contract,
 * contacts with their roles, CSV imports. The same {@link Onboarding} service as the API.
 */
@Controller
class OrganizationPages {

    static final List<String> SLA_PLANS = List.of("PRIORITY_MATRIX", "SEVERITY_MATRIX", "DAILY_CADENCE");
    static final List<String> ESCALATION_PATHS = List.of("CALLTOWER_EN", "CALLTOWER_ES", "CIRION");
    static final List<String> LANGUAGES = List.of("en-US", "es-EC", "es-CR", "es-CO", "es-MX", "es-ES");

    private final Onboarding onboarding;
    private final CustomerDirectory directory;
    private final BusinessCalendars calendars;
    private final CaseSettings caseSettings;
    private final Labels labels;

    OrganizationPages(Onboarding onboarding, CustomerDirectory directory, BusinessCalendars calendars,
            CaseSettings caseSettings, Labels labels) {
        this.onboarding = onboarding;
        this.directory = directory;
        this.calendars = calendars;
        this.caseSettings = caseSettings;
        this.labels = labels;
    }

    @GetMapping("/desk/organizations")
    String list(Model model) {
        model.addAttribute("organizations", directory.organizations());
        choices(model);
        return "desk/organizations";
    }

    @PostMapping("/desk/organizations")
    String create(Onboarding.OrganizationForm form, Model model, RedirectAttributes redirect) {
        try {
            OrganizationInfo created = onboarding.create(form);
            redirect.addFlashAttribute("notice", "created");
            return "redirect:/desk/organizations/" + created.code();
        } catch (CasedeskException refused) {
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("form", form);
            return list(model);
        }
    }

    @GetMapping("/desk/organizations/{code}")
    String organization(@PathVariable String code, Model model) {
        OrganizationInfo organization = directory.organization(code);
        model.addAttribute("organization", organization);
        model.addAttribute("organizationProducts", directory.productLines(code));
        model.addAttribute("contacts", directory.contacts(code));
        choices(model);
        String language = organization.locale().toLanguageTag();
        if (!LANGUAGES.contains(language)) {
            model.addAttribute("languages", Stream.concat(Stream.of(language), LANGUAGES.stream()).toList());
        }
        return "desk/organization";
    }

    @PostMapping("/desk/organizations/{code}")
    String update(@PathVariable String code, Onboarding.OrganizationForm form, Model model, RedirectAttributes redirect) {
        return act(code, model, redirect, "updated", () -> onboarding.update(code, form));
    }

    @PostMapping("/desk/organizations/{code}/contacts")
    String addContact(@PathVariable String code, Onboarding.ContactForm form, Model model, RedirectAttributes redirect) {
        return act(code, model, redirect, "contactAdded", () -> onboarding.addContact(code, form));
    }

    @PostMapping("/desk/organizations/{code}/contacts/roles")
    String changeRoles(@PathVariable String code, @RequestParam String email,
            @RequestParam(required = false) List<String> roles, Model model, RedirectAttributes redirect) {
        return act(code, model, redirect, "rolesChanged", () -> onboarding.changeContact(code, email,
                new Onboarding.ContactForm(email, null, null, null, roles == null ? List.of() : roles)));
    }

    @PostMapping("/desk/organizations/{code}/contacts/remove")
    String removeContact(@PathVariable String code, @RequestParam String email, Model model,
            RedirectAttributes redirect) {
        return act(code, model, redirect, "contactRemoved", () -> {
            onboarding.removeContact(code, email);
            return null;
        });
    }

    @PostMapping("/desk/organizations/{code}/contacts/import")
    String importContacts(@PathVariable String code, @RequestParam String csv, Model model) {
        try {
            model.addAttribute("imported", onboarding.importContacts(code, csv));
        } catch (CasedeskException refused) {
            model.addAttribute("problem", refused.getMessage());
        }
        return organization(code, model);
    }

    private String act(String code, Model model, RedirectAttributes redirect, String notice,
            Supplier<Object> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/desk/organizations/" + code;
        } catch (CasedeskException refused) {
            model.addAttribute("problem", refused.getMessage());
            return organization(code, model);
        }
    }

    private void choices(Model model) {
        Locale locale = Viewers.language();
        model.addAttribute("slaPlans", labels.options(Kind.SLA_PLAN, SLA_PLANS, locale));
        model.addAttribute("calendars", calendars.names().stream().sorted().toList());
        model.addAttribute("escalationPaths", ESCALATION_PATHS);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("productLines", labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), locale));
        model.addAttribute("roles", labels.options(Kind.ROLE, List.of(ContactRole.values()), locale));
        model.addAttribute("labels", labels.in(locale));
    }
}
