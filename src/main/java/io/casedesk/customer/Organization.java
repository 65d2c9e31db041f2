package io.casedesk.customer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

@Entity
class Organization {

    @Id
    private String code;
    private String name;
    private String locale;
    private String timeZone;
    private String slaPlan;
    private String calendar;
    private String escalationPath;

    @ElementCollection
    @CollectionTable(name = "organization_product", joinColumns = @JoinColumn(name = "organization_code"))
    @Column(name = "product_line")
    private Set<String> productLines = new TreeSet<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    protected Organization() {
    }

    Organization(OrganizationInfo info) {
        this.code = info.code();
        update(info);
    }

    void update(OrganizationInfo info) {
        this.name = info.name();
        this.locale = info.locale().toLanguageTag();
        this.timeZone = info.timeZone().getId();
        this.slaPlan = info.slaPlan();
        this.calendar = info.calendar();
        this.escalationPath = info.escalationPath();
    }

    Contact addContact(String email, String name, String title, String phone) {
        Contact contact = new Contact(this, email, name, title, phone);
        contacts.add(contact);
        return contact;
    }

    OrganizationInfo info() {
        return new OrganizationInfo(code, name, Locale.forLanguageTag(locale), ZoneId.of(timeZone),
                slaPlan, calendar, escalationPath);
    }

    String code() {
        return code;
    }

    Set<String> productLines() {
        return Collections.unmodifiableSet(new TreeSet<>(productLines));
    }

    void useProductLines(Set<String> lines) {
        productLines.clear();
        productLines.addAll(lines);
    }

    List<Contact> contacts() {
        return contacts;
    }
}
