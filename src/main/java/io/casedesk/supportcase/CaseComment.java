package io.casedesk.supportcase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A message in a case's conversation; internal notes are not shown to the customer. */
@Entity
@Table(name = "case_comment")
public class CaseComment {

    /** Who wrote a comment. */
    public enum AuthorKind {
        AGENT, CONTACT, SYSTEM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    private Instant at;
    private String author;

    @Enumerated(EnumType.STRING)
    private AuthorKind authorKind;

    private String body;

    @Column(name = "visible_to_customer")
    private boolean visibleToCustomer;

    protected CaseComment() {
    }

    CaseComment(SupportCase supportCase, Instant at, String author, AuthorKind authorKind, String body,
            boolean visibleToCustomer) {
        this.supportCase = supportCase;
        this.at = at;
        this.author = author;
        this.authorKind = authorKind;
        this.body = body;
        this.visibleToCustomer = visibleToCustomer;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String author() {
        return author;
    }

    public AuthorKind authorKind() {
        return authorKind;
    }

    public String body() {
        return body;
    }

    public boolean isPublic() {
        return visibleToCustomer;
    }
}
