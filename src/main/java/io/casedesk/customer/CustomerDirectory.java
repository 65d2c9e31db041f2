package io.casedesk.customer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.NotFoundException;

/** Organizations and their designated contacts: who may open cases, who is told what. */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final ApplicationEventPublisher events;

    CustomerDirectory(OrganizationRepository organizations, ContactRepository contacts, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.events = events;
    }

    public Optional<OrganizationInfo> find(String code) {
        return organizations.findById(code).map(Organization::info);
    }

    /** @throws NotFoundException when no organization has this code */
    public OrganizationInfo organization(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Unknown organization '" + code + "'."));
    }

    public List<OrganizationInfo> organizations() {
        return organizations.findAll().stream().map(Organization::info)
                .sorted(Comparator.comparing(OrganizationInfo::code)).toList();
    }

    public Optional<ContactInfo> contact(String email) {
        return email == null ? Optional.empty()
                : contacts.findByUpperCaseEmail(email.trim().toUpperCase(Locale.ROOT)).map(Contact::info);
    }

    public List<ContactInfo> contacts(String organizationCode) {
        return contacts.findByOrganization(organizationCode).stream().map(Contact::info).toList();
    }

    /** The MPOCs of every organization, by organization code, read at once (for choosing a reporter). */
    public Map<String, List<ContactInfo>> mpocsByOrganization() {
        return contacts.findAllCurrent().stream().map(Contact::info).filter(ContactInfo::isMpoc)
                .sorted(Comparator.comparing(ContactInfo::organization).thenComparing(ContactInfo::name))
                .collect(Collectors.groupingBy(ContactInfo::organization, TreeMap::new, Collectors.toList()));
    }

    public List<ContactInfo> contactsWithRole(String organizationCode, ContactRole role) {
        return contacts(organizationCode).stream().filter(c -> c.hasRole(role)).toList();
    }

    /** Whether the address belongs to a contact of this organization with an MPOC role. */
    public boolean isMpoc(String organizationCode, String email) {
        return contact(email).filter(c -> c.organization().equals(organizationCode)).map(ContactInfo::isMpoc).orElse(false);
    }

    /**
     * Creates the organization, or updates it when the code exists. Listeners of {@link OrganizationRegistered}
     * may refuse it (e.g. an unknown business calendar), which rolls the registration back.
     */
    @Transactional
    public OrganizationInfo register(OrganizationInfo info) {
        events.publishEvent(new OrganizationRegistered(info));
        Organization organization = organizations.findById(info.code()).orElse(null);
        if (organization == null) {
            organization = organizations.save(new Organization(info));
        } else {
            organization.update(info);
        }
        return organization.info();
    }

    /** The product lines the organization uses; maintenance and master-case notices follow them. */
    @Transactional(readOnly = true)
    public Set<String> productLines(String organizationCode) {
        return organizations.findById(organizationCode).map(Organization::productLines)
                .orElseThrow(() -> new NotFoundException("Unknown organization '" + organizationCode + "'."));
    }

    /** The organizations that use any of the product lines. */
    @Transactional(readOnly = true)
    public List<OrganizationInfo> organizationsUsing(Collection<String> productLines) {
        return organizations.findAll(Sort.by("code")).stream()
                .filter(o -> o.productLines().stream().anyMatch(productLines::contains)).map(Organization::info).toList();
    }

    @Transactional
    public void useProductLines(String organizationCode, Set<String> productLines) {
        organizations.findById(organizationCode)
                .orElseThrow(() -> new NotFoundException("Unknown organization '" + organizationCode + "'."))
                .useProductLines(productLines);
    }

    /** Adds the contact to the organization, or gives an existing contact of it these roles. */
    @Transactional
    public ContactInfo registerContact(String organizationCode, String email, String name, String title, String phone,
            Set<ContactRole> roles) {
        Organization organization = organizations.findById(organizationCode)
                .orElseThrow(() -> new NotFoundException("Unknown organization '" + organizationCode + "'."));
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        Contact contact = organization.contacts().stream().filter(c -> c.email().equals(normalized)).findFirst()
                .orElseGet(() -> organization.addContact(normalized, name, title, phone));
        if (contact.isRemoved()) {
            contact.restore(name, title, phone);
        }
        contact.assignRoles(roles);
        organizations.flush();
        return contact.info();
    }
}
