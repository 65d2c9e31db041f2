package io.casedesk.notification;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;

/** Turns the configured audiences of a notification kind into addresses. */
@Component
class RecipientRules {

    private final NotificationProperties properties;
    private final CustomerDirectory directory;

    RecipientRules(NotificationProperties properties, CustomerDirectory directory) {
        this.properties = properties;
        this.directory = directory;
    }

    /**
     * The addresses of the notification's audiences, each with the name of its contact ({@code null} for an address
     * that belongs to no contact, such as staff or a stranger's mail).
     *
     * @param organization the organization concerned, or {@code null}
     * @param reporter     the reporting contact of the case, or {@code null}
     * @param addressee    the address the notification answers, or {@code null}
     * @param staff        the support staff the notification addresses
     */
    Map<String, String> recipients(NotificationKind kind, String organization, String reporter, String addressee,
            Set<String> staff) {
        List<Audience> audiences = properties.recipients() == null ? null : properties.recipients().get(kind);
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalStateException("No recipients are configured for " + kind
                    + " (casedesk.notifications.recipients." + kind + ")");
        }
        List<ContactInfo> contacts = organization == null ? List.of() : directory.contacts(organization);
        Set<String> addresses = new LinkedHashSet<>();
        for (Audience audience : audiences) {
            switch (audience) {
                case REPORTER -> add(addresses, reporter);
                case ADDRESSEE -> add(addresses, addressee);
                case STAFF -> staff.forEach(address -> add(addresses, address));
                case MPOCS -> contacts.stream().filter(ContactInfo::isMpoc).forEach(c -> add(addresses, c.email()));
                case MAINTENANCE_CONTACTS -> withRole(addresses, contacts, ContactRole.MAINTENANCE);
                case MASTER_CASE_CONTACTS -> withRole(addresses, contacts, ContactRole.MASTER_CASE);
                case ESCALATION_CONTACTS -> withRole(addresses, contacts, ContactRole.ESCALATION);
                case FINANCIAL_CONTACTS -> withRole(addresses, contacts, ContactRole.FINANCIAL);
            }
        }
        // the reporter or the addressee may be a contact of no organization concerned; staff are no contacts
        Set<String> others = new HashSet<>();
        add(others, reporter);
        add(others, addressee);
        Map<String, String> names = new LinkedHashMap<>();
        for (String address : addresses) {
            names.put(address, contacts.stream().filter(c -> c.email().equalsIgnoreCase(address)).findFirst()
                    .or(() -> others.contains(address) ? directory.contact(address) : Optional.empty())
                    .map(ContactInfo::name).orElse(null));
        }
        return names;
    }

    private static void withRole(Set<String> addresses, List<ContactInfo> contacts, ContactRole role) {
        contacts.stream().filter(c -> c.hasRole(role)).forEach(c -> add(addresses, c.email()));
    }

    private static void add(Set<String> addresses, String address) {
        if (address != null && !address.isBlank()) {
            addresses.add(address.strip().toLowerCase(Locale.ROOT));
        }
    }
}
