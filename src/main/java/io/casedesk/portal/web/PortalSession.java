package io.casedesk.portal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.LocaleResolver;

import io.casedesk.common.LocalTimes;
import io.casedesk.customer.Caller;
import io.casedesk.common.NotFoundException;
import io.casedesk.customer.Callers;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.macd.Billing;

/**
 * What every portal page knows of the signed-in contact: who it is, its organization, the language of the pages
 * and the zone its times are shown in.
 */
@Component
class PortalSession {

    static final List<String> LANGUAGES = List.of("en", "es");
    /** Set once the session's language was chosen (by the contact, or the organization's at the first page). */
    private static final String LANGUAGE_CHOSEN = "casedesk.portal.languageChosen";

    /**
     * The signed-in contact on one page.
     *
     * @param person the contact's entry in the directory, read once per page: its roles
     */
    record Visit(Caller contact, ContactInfo person, OrganizationInfo organization, Locale locale) {

        boolean isMpoc() {
            return person.isMpoc();
        }

        boolean hasRole(ContactRole role) {
            return person.hasRole(role);
        }

        String time(Instant at) {
            return LocalTimes.describe(at, organization.timeZone(), locale);
        }
    }

    private final Callers callers;
    private final CustomerDirectory directory;
    private final LocaleResolver localeResolver;
    PortalSession(Callers callers, CustomerDirectory directory, LocaleResolver localeResolver) {
        this.callers = callers;
        this.directory = directory;
        this.localeResolver = localeResolver;
    }

    /** The signed-in contact's visit; the page model gets the header's facts. */
    Visit visit(String lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller contact = callers.current();
        OrganizationInfo organization = directory.organization(contact.organization());
        ContactInfo person = directory.contact(contact.login())
                .filter(entry -> entry.organization().equals(organization.code()))
                .orElseThrow(() -> new NotFoundException("No contact " + contact.login() + " of " + organization.code()
                        + " exists."));
        Locale locale = chooseLanguage(lang, organization, request, response);
        model.addAttribute("contact", contact.login());
        model.addAttribute("organizationName", organization.name());
        model.addAttribute("zone", organization.timeZone().getId());
        model.addAttribute("billing", Billing.reads(person));
        return new Visit(contact, person, organization, locale);
    }

    /**
     * The language of the pages: the one the contact chose ({@code lang}), else the one chosen earlier in this
     * session, else the organization's.
     */
    Locale chooseLanguage(String lang, OrganizationInfo organization, HttpServletRequest request,
            HttpServletResponse response) {
        if (lang != null && LANGUAGES.contains(lang)) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
        } else if (organization != null && request.getSession().getAttribute(LANGUAGE_CHOSEN) == null) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(organization.locale().getLanguage()));
        }
        if (lang != null || organization != null) {
            request.getSession().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
        }
        return localeResolver.resolveLocale(request);
    }
}
