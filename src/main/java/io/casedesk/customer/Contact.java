package io.casedesk.customer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_code")
    private Organization organization;

    private String email;
    private String name;
    private String title;
    private String phone;
    private Instant removedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_role", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);

    protected Contact() {
    }

    Contact(Organization organization, String email, String name, String title, String phone) {
        this.organization = organization;
        this.email = email;
        this.name = name;
        this.title = title;
        this.phone = phone;
    }

    void assignRoles(Set<ContactRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    ContactInfo info() {
        return new ContactInfo(email, name, title, phone, organization.code(),
                roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)));
    }

    String email() {
        return email;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    /** The contact no longer acts for the organization; its row stays, so cases and mails keep naming it. */
    void remove(Instant at) {
        removedAt = at;
    }

    /** A removed contact is added again, with what is known of it now. */
    void restore(String newName, String newTitle, String newPhone) {
        removedAt = null;
        update(newName, newTitle, newPhone);
    }

    void update(String newName, String newTitle, String newPhone) {
        this.name = newName;
        this.title = newTitle;
        this.phone = newPhone;
    }
}
