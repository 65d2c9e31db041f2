package io.casedesk.supportcase;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many of an organization's cases were opened, closed and reopened over a span of time, from their history. */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    /** Counts of one organization over [from, to). A case closed twice in the span counts once. */
    public record Counts(long opened, long closed, long reopened, long closedNoResponse) {
    }

    private static final List<String> CLOSING = List.of(CaseStatus.CLOSED.name(), CaseStatus.CLOSED_NO_RESPONSE.name(),
            CaseStatus.DUPLICATE.name());

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts between(String organizationCode, Instant from, Instant to) {
        long opened = jdbc.sql("select count(*) from support_case where organization_code = ? and opened_at >= ?"
                + " and opened_at < ?").params(organizationCode, utc(from), utc(to))
                .query(Long.class).single();
        return new Counts(opened, cases(organizationCode, from, to, CLOSING),
                cases(organizationCode, from, to, List.of(CaseStatus.CUSTOMER_REOPENED.name())),
                cases(organizationCode, from, to, List.of(CaseStatus.CLOSED_NO_RESPONSE.name())));
    }

    /** Cases of the organization that entered one of these statuses in [from, to). */
    private long cases(String organizationCode, Instant from, Instant to, List<String> statuses) {
        return jdbc.sql("select count(distinct h.case_id) from case_history h join support_case c on c.id = h.case_id"
                + " where h.to_status in (:statuses) and h.at >= :from and h.at < :to and c.organization_code = :organization")
                .param("statuses", statuses).param("from", utc(from)).param("to", utc(to))
                .param("organization", organizationCode).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
