package io.casedesk.supportcase;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    @Query("select new io.casedesk.supportcase.AttachmentInfo(a.id, a.filename, a.contentType, a.sizeBytes, a.addedBy, a.addedAt)"
            + " from CaseAttachment a where a.caseId = ?1 order by a.id")
    List<AttachmentInfo> findInfoByCaseId(Long caseId);

    Optional<CaseAttachment> findByIdAndCaseId(Long id, Long caseId);
}
