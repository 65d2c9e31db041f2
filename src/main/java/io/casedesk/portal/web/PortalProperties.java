package io.casedesk.portal.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The customer portal's settings.
 *
 * @param urgentContacts per SLA plan: where a customer turns with an urgent issue instead of the portal
 */
@ConfigurationProperties("casedesk.portal")
record PortalProperties(Map<String, UrgentContact> urgentContacts) {

    PortalProperties {
        urgentContacts = urgentContacts == null ? Map.of() : Map.copyOf(urgentContacts);
    }

    /**
     * The phone and chat of a plan's support, and when they answer.
     *
     * @param hours by language ({@code en}, {@code es}); English when the language has none
     */
    record UrgentContact(String phone, String chat, Map<String, String> hours) {

        UrgentContact {
            hours = hours == null ? Map.of() : Map.copyOf(hours);
        }

        String hours(Locale locale) {
            return hours.getOrDefault(locale.getLanguage(), hours.getOrDefault("en", ""));
        }
    }
}
