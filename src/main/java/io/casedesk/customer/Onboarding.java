package io.casedesk.customer;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.CasedeskException;
import io.casedesk.common.ConflictException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;

/**
 * Administrators onboard customers: organizations with their contract (plan, calendar, product lines,
 * escalation path and list) and contacts with their roles of the plans. Changing an organization's plan or
 * calendar applies to cases opened afterwards; running cases keep theirs.
 */
@Service
public class Onboarding {

    /** An organization as an administrator enters it. */
    public record OrganizationForm(String code, String name, String locale, String timeZone, String slaPlan,
            String calendar, List<String> productLines, String escalationPath, List<String> escalationList) {
    }

    /** A contact as an administrator enters it. */
    public record ContactForm(String email, String name, String title, String phone, List<String> roles) {
    }

    /** What happened to one row of an imported CSV; {@code line} counts the header as line 1. */
    public record ImportedRow(long line, String email, String result, String problem) {

        public boolean imported() {
            return problem == null;
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_IMPORT_ROWS = 2000;

    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final CustomerDirectory directory;
    private final ContactLogins logins;
    private final CustomerProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Onboarding(OrganizationRepository organizations, ContactRepository contacts, CustomerDirectory directory,
            ContactLogins logins, CustomerProperties properties, TransactionTemplate transactions, Clock clock) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.directory = directory;
        this.logins = logins;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional
    public OrganizationInfo create(OrganizationForm form) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code: 2 to 32 capital letters, digits, '-' or '_', such as ACME.");
        }
        if (organizations.existsById(code)) {
            throw new ConflictException("An organization with the code " + code + " exists already.");
        }
        return save(code, form);
    }

    @Transactional
    public OrganizationInfo update(String code, OrganizationForm form) {
        directory.organization(code);
        if (form.code() != null && !form.code().strip().equalsIgnoreCase(code)) {
            throw new InvalidRequestException("The code of an organization does not change (" + code + ").");
        }
        return save(code, form);
    }

    private OrganizationInfo save(String code, OrganizationForm form) {
        String name = required(form.name(), "name", 200);
        Locale locale = Locale.forLanguageTag(required(form.locale(), "locale", 35));
        if (locale.getLanguage().isEmpty()) {
            throw new InvalidRequestException("locale: a language tag such as en-US or es-EC.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(required(form.timeZone(), "timeZone", 64));
        } catch (DateTimeException unknown) {
            throw new InvalidRequestException("timeZone: a zone such as America/Denver; '" + form.timeZone() + "' is none.");
        }
        Set<String> productLines = new LinkedHashSet<>(form.productLines() == null ? List.of() : form.productLines());
        for (String line : productLines) {
            if (!properties.productLines().contains(line)) {
                throw new InvalidRequestException("Unknown product line '" + line + "'; known: "
                        + String.join(", ", properties.productLines()) + ".");
            }
        }
        String path = form.escalationPath() == null || form.escalationPath().isBlank()
                ? ("es".equals(locale.getLanguage()) ? "CALLTOWER_ES" : "CALLTOWER_EN")
                : form.escalationPath().strip();
        OrganizationInfo info = directory.register(new OrganizationInfo(code, name, locale, zone,
                required(form.slaPlan(), "slaPlan", 32), required(form.calendar(), "calendar", 64), path));
        directory.useProductLines(code, productLines);
        if (form.escalationList() != null) {
            useEscalationList(code, form.escalationList());
        }
        return info;
    }

    /** The contacts given are the organization's escalation contacts, and no others. */
    private void useEscalationList(String code, List<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String email : emails) {
            String normalized = email.strip().toLowerCase(Locale.ROOT);
            if (directory.contact(normalized).filter(c -> c.organization().equals(code)).isEmpty()) {
                throw new InvalidRequestException("escalationList: " + normalized + " is no contact of " + code
                        + "; add the contact first.");
            }
            wanted.add(normalized);
        }
        for (ContactInfo contact : directory.contacts(code)) {
            Set<ContactRole> roles = contact.roles().isEmpty() ? EnumSet.noneOf(ContactRole.class)
                    : EnumSet.copyOf(contact.roles());
            boolean changed = wanted.contains(contact.email()) ? roles.add(ContactRole.ESCALATION)
                    : roles.remove(ContactRole.ESCALATION);
            if (changed) {
                directory.registerContact(code, contact.email(), contact.name(), contact.title(), contact.phone(), roles);
            }
        }
    }

    /** Adds a contact with a login without a password and mails it the set-password link. */
    @Transactional
    public ContactInfo addContact(String code, ContactForm form) {
        directory.organization(code);
        String email = email(form.email());
        var existing = directory.contact(email);
        if (existing.isPresent()) {
            throw new ConflictException(email + " is already a contact of " + existing.get().organization()
                    + "; change its roles instead.");
        }
        contacts.findAnyByUpperCaseEmail(email.toUpperCase(Locale.ROOT)).map(Contact::info)
                .filter(removed -> !removed.organization().equals(code)).ifPresent(removed -> {
                    throw new ConflictException(email + " was a contact of another organization; use another address.");
                });
        ContactInfo contact = directory.registerContact(code, email, required(form.name(), "name", 200),
                optional(form.title(), "title", 200), optional(form.phone(), "phone", 64), roles(form.roles()));
        logins.open(contact);
        return contact;
    }

    /** Changes a contact's roles (and, when given, its name, title and phone). */
    @Transactional
    public ContactInfo changeContact(String code, String email, ContactForm form) {
        ContactInfo contact = contactOf(code, email);
        return directory.registerContact(code, contact.email(),
                form.name() == null ? contact.name() : required(form.name(), "name", 200),
                form.title() == null ? contact.title() : optional(form.title(), "title", 200),
                form.phone() == null ? contact.phone() : optional(form.phone(), "phone", 64),
                form.roles() == null ? contact.roles() : roles(form.roles()));
    }

    /** The contact no longer signs in; what it reported and was told stays. */
    @Transactional
    public void removeContact(String code, String email) {
        ContactInfo contact = contactOf(code, email);
        organizations.findById(code).orElseThrow().contacts().stream()
                .filter(c -> c.email().equals(contact.email())).findFirst().orElseThrow()
                .remove(clock.instant());
        logins.close(contact.email());
    }

    /**
     * Imports contacts from CSV ({@code email,name,title,phone,roles}, roles separated by {@code ;}, a header
     * line first). Each row is added on its own: a refused row changes nothing and says why.
     */
    public List<ImportedRow> importContacts(String code, String csv) {
        directory.organization(code);
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(new StringReader(csv == null ? "" : csv)).getRecords();
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidRequestException("The CSV cannot be read: " + unreadable.getMessage());
        }
        if (records.size() > MAX_IMPORT_ROWS) {
            throw new InvalidRequestException("Import at most " + MAX_IMPORT_ROWS + " contacts at a time.");
        }
        List<ImportedRow> results = new ArrayList<>();
        for (CSVRecord record : records) {
            String email = value(record, "email");
            try {
                ContactForm form = new ContactForm(email, value(record, "name"), value(record, "title"),
                        value(record, "phone"), roles(value(record, "roles")));
                ContactInfo added = transactions.execute(status -> addContact(code, form));
                results.add(new ImportedRow(record.getRecordNumber() + 1, added.email(), "ADDED", null));
            } catch (CasedeskException refused) {
                results.add(new ImportedRow(record.getRecordNumber() + 1, email, "REFUSED", refused.getMessage()));
            }
        }
        return results;
    }

    private ContactInfo contactOf(String code, String email) {
        directory.organization(code);
        return directory.contact(email).filter(c -> c.organization().equals(code))
                .orElseThrow(() -> new NotFoundException(email + " is no contact of " + code + "."));
    }

    private static List<String> roles(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<ContactRole> roles(List<String> names) {
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(ContactRole.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidRequestException("Unknown role '" + name + "'; roles: "
                        + Arrays.toString(ContactRole.values()) + ".");
            }
        }
        return roles;
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String email(String text) {
        String email = required(text, "email", 254).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidRequestException("email: '" + text + "' is no email address.");
        }
        return email;
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field + " is required.");
        }
        return optional(text, field, max);
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new InvalidRequestException(field + ": at most " + max + " characters.");
        }
        return value;
    }
}
