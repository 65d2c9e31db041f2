package io.casedesk.supportcase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import io.casedesk.common.InvalidRequestException;

/**
 * One word of a case search: it matches the case number, or occurs (case-insensitively, as part of a word)
 * in the subject, the description or a comment. On PostgreSQL trigram indexes serve these lookups
 * ({@code V19__case_search.sql}).
 */
record CaseWords(String word) {

    static final int MAX_WORDS = 8;
    private static final char ESCAPE = '\\';

    static List<CaseWords> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CaseWords> words = Arrays.stream(text.strip().split("\\s+"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .distinct()
                .map(CaseWords::new)
                .toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidRequestException("Search with at most " + MAX_WORDS + " words.");
        }
        return words;
    }

    /** @param staff whether internal notes count, or only comments the customer sees */
    Specification<SupportCase> matching(boolean staff) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Optional<Long> number = CaseNumber.parse(word.toUpperCase(Locale.ROOT));
        return (root, query, cb) -> {
            Subquery<Long> comments = query.subquery(Long.class);
            Root<CaseComment> comment = comments.from(CaseComment.class);
            Predicate inComment = cb.like(cb.lower(comment.get("body")), pattern, ESCAPE);
            comments.select(comment.get("id")).where(cb.equal(comment.get("supportCase"), root),
                    staff ? inComment : cb.and(inComment, cb.isTrue(comment.get("visibleToCustomer"))));
            Predicate text = cb.or(cb.like(cb.lower(root.get("subject")), pattern, ESCAPE),
                    cb.like(cb.lower(root.get("description")), pattern, ESCAPE), cb.exists(comments));
            return number.map(id -> cb.or(cb.equal(root.get("id"), id), text)).orElse(text);
        };
    }
}
