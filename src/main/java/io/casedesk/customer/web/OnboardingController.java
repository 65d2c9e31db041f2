package io.casedesk.customer.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Callers;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.customer.Onboarding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Onboarding through the API (groups {@code camunda-admin} and {@code customer-admins}): organizations,
 * contacts and CSV imports of contacts. Everyone else gets 403.
 */
@RestController
@RequestMapping("/api/organizations")
class OnboardingController {

    record ImportResult(int added, int refused, List<Onboarding.ImportedRow> rows) {
    }

    private final Onboarding onboarding;
    private final Callers callers;
    private final OrganizationController organizations;

    OnboardingController(Onboarding onboarding, Callers callers, OrganizationController organizations) {
        this.onboarding = onboarding;
        this.callers = callers;
        this.organizations = organizations;
    }

    @Operation(summary = "Onboard an organization")
    @ApiResponse(responseCode = "201", description = "The organization was created",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping
    ResponseEntity<OrganizationController.OrganizationRepresentation> create(@RequestBody Onboarding.OrganizationForm form) {
        callers.current().requireOnboarding();
        OrganizationInfo created = onboarding.create(form);
        return ResponseEntity.created(URI.create("/api/organizations/" + created.code()))
                .body(organizations.get(created.code()));
    }

    @Operation(summary = "Change an organization's plan, calendar, language or escalation path")
    @PutMapping("/{code}")
    OrganizationController.OrganizationRepresentation update(@PathVariable String code,
            @RequestBody Onboarding.OrganizationForm form) {
        callers.current().requireOnboarding();
        return organizations.get(onboarding.update(code, form).code());
    }

    @Operation(summary = "Add a contact with roles; a password link is mailed")
    @ApiResponse(responseCode = "201", description = "The contact was added",
            headers = @Header(name = "Location", description = "The address of what was created"))
    @PostMapping("/{code}/contacts")
    ResponseEntity<OrganizationController.ContactRepresentation> addContact(@PathVariable String code,
            @RequestBody Onboarding.ContactForm form) {
        callers.current().requireOnboarding();
        ContactInfo added = onboarding.addContact(code, form);
        return ResponseEntity.created(URI.create("/api/organizations/" + code + "/contacts/" + added.email()))
                .body(OrganizationController.represent(added));
    }

    @Operation(summary = "Change a contact's name, title, phone or roles")
    @PutMapping("/{code}/contacts/{email}")
    OrganizationController.ContactRepresentation changeContact(@PathVariable String code, @PathVariable String email,
            @RequestBody Onboarding.ContactForm form) {
        callers.current().requireOnboarding();
        return OrganizationController.represent(onboarding.changeContact(code, email, form));
    }

    @Operation(summary = "Remove a contact and its login")
    @ApiResponse(responseCode = "204", description = "The contact was removed")
    @DeleteMapping("/{code}/contacts/{email}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContact(@PathVariable String code, @PathVariable String email) {
        callers.current().requireOnboarding();
        onboarding.removeContact(code, email);
    }

    @Operation(summary = "Import contacts from CSV; each row is reported")
    @PostMapping(path = "/{code}/contacts/import", consumes = "text/csv")
    ImportResult importContacts(@PathVariable String code, @RequestBody String csv) {
        callers.current().requireOnboarding();
        List<Onboarding.ImportedRow> rows = onboarding.importContacts(code, csv);
        int added = (int) rows.stream().filter(Onboarding.ImportedRow::imported).count();
        return new ImportResult(added, rows.size() - added, rows);
    }
}
