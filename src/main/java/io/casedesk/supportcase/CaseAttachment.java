package io.casedesk.supportcase;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a case, e.g. a screenshot or a log that came with the customer's email. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private String addedBy;
    private Instant addedAt;

    protected CaseAttachment() {
    }

    CaseAttachment(Long caseId, NewAttachment file, String addedBy, Instant addedAt) {
        this.caseId = caseId;
        this.filename = file.filename();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
