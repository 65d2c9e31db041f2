package io.casedesk.customer.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

    record ContactRepresentation(String email, String name, String title, String phone, Set<ContactRole> roles) {
    }

    /** @param escalationList the contacts the customer escalates through (role {@code ESCALATION}) */
    record OrganizationRepresentation(String code, String name, String locale, String timeZone, String slaPlan,
            String calendar, String escalationPath, Set<String> productLines, List<String> escalationList,
            List<ContactRepresentation> contacts) {
    }

    private final CustomerDirectory directory;
    private final Callers callers;

    OrganizationController(CustomerDirectory directory, Callers callers) {
        this.directory = directory;
        this.callers = callers;
    }

    @Operation(summary = "List organizations (a contact sees its own)")
    @GetMapping
    List<OrganizationRepresentation> list() {
        Caller caller = callers.current();
        return directory.organizations().stream().filter(o -> caller.canSee(o.code())).map(this::represent).toList();
    }

    @Operation(summary = "Read an organization with its contacts and plan")
    @GetMapping("/{code}")
    OrganizationRepresentation get(@PathVariable String code) {
        callers.current().requireAccessTo(code);
        return represent(directory.organization(code));
    }

    private OrganizationRepresentation represent(OrganizationInfo organization) {
        List<ContactRepresentation> contacts = directory.contacts(organization.code()).stream()
                .map(OrganizationController::represent).toList();
        List<String> escalationList = directory.contactsWithRole(organization.code(), ContactRole.ESCALATION).stream()
                .map(ContactInfo::email).toList();
        return new OrganizationRepresentation(organization.code(), organization.name(), organization.locale().toLanguageTag(),
                organization.timeZone().getId(), organization.slaPlan(), organization.calendar(),
                organization.escalationPath(), directory.productLines(organization.code()), escalationList, contacts);
    }

    static ContactRepresentation represent(ContactInfo contact) {
        return new ContactRepresentation(contact.email(), contact.name(), contact.title(), contact.phone(),
                new TreeSet<>(contact.roles()));
    }
}
