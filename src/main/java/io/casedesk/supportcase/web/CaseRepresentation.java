package io.casedesk.supportcase.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.casedesk.supportcase.CaseHistoryEntry;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.Priority;
import io.casedesk.sla.ClockKind;
import io.casedesk.sla.SlaStatus;
import io.casedesk.supportcase.SupportCase;

/**
 * A case as clients see it (API.md), with times in the organization's time zone. Beyond the
 * contract it carries the reporter, routing, shipping and waiting state.
 */
record CaseRepresentation(
        String number,
        String organization,
        CaseStatus status,
        Priority priority,
        Channel channel,
        CaseType type,
        String productLine,
        String category,
        String subject,
        String description,
        String reporter,
        String assignedGroup,
        Map<String, Object> details,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        String relatedCase,
        String duplicateOf,
        String masterCase,
        OffsetDateTime etr,
        OffsetDateTime onHoldUntil,
        OffsetDateTime waitingForCustomerSince,
        Shipping shipping,
        Sla sla,
        List<History> history) {

    record Shipping(String carrier, String trackingReference) {
    }

    record Sla(OffsetDateTime initialResponseDue, OffsetDateTime nextUpdateDue, OffsetDateTime resolutionDue,
            List<Breach> breaches) {

        static Sla of(SlaStatus status, ZoneId zone) {
            return new Sla(at(status.initialResponseDue(), zone), at(status.nextUpdateDue(), zone),
                    at(status.resolutionDue(), zone),
                    status.breaches().stream().map(b -> new Breach(b.clock(), at(b.due(), zone), at(b.breachedAt(), zone)))
                            .toList());
        }
    }

    record Breach(ClockKind clock, OffsetDateTime due, OffsetDateTime breachedAt) {
    }

    record History(OffsetDateTime at, String actor, CaseStatus from, CaseStatus to, String reason) {
    }

    static CaseRepresentation of(SupportCase c, SlaStatus sla, ZoneId zone) {
        List<History> history = c.history().stream()
                .map((CaseHistoryEntry h) -> new History(at(h.at(), zone), h.actor(), h.from(), h.to(), h.reason()))
                .toList();
        Shipping shipping = c.trackingReference() == null ? null : new Shipping(c.carrier(), c.trackingReference());
        return new CaseRepresentation(c.number(), c.organization(), c.status(), c.priority(), c.channel(), c.type(),
                c.productLine(), c.category(), c.subject(), c.description(), c.reporterEmail(), c.assignedGroup(),
                c.details(), at(c.openedAt(), zone), at(c.closedAt(), zone), c.relatedCase(), c.duplicateOf(),
                c.masterCase(), at(c.etr(), zone), at(c.onHoldUntil(), zone), at(c.waitingForCustomerSince(), zone),
                shipping, Sla.of(sla, zone), history);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
