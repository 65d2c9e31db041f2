package io.casedesk.supportcase;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case-management rules that differ between support plans.
 *
 * @param reopenWindow           how long after closure the customer may reopen a case, in calendar days of the
 *                               organization's time zone (plans: seven calendar days)
 * @param noResponseBusinessDays business days without a customer reply before a case closes as no-response
 * @param productLines           the product lines cases can be filed under
 * @param categories             the categories triage may give a case; {@code CaseRouting} routes by them
 * @param workGroups             the groups triage may assign a case to
 * @param escalationTiers        the support tiers in escalation order; a breach or an agent's escalation moves
 *                               the work from one to the next
 * @param administrativeGroups   the team that works each administrative case type ({@code BILLING}, {@code SALES})
 */
@ConfigurationProperties("casedesk.cases")
public record CaseSettings(@DefaultValue("P7D") Period reopenWindow, @DefaultValue("2") int noResponseBusinessDays,
        List<String> productLines, List<String> categories, List<String> workGroups,
        @DefaultValue({ "support-l1", "support-l2", "support-l3" }) List<String> escalationTiers,
        Map<CaseType, String> administrativeGroups) {

    public CaseSettings {
        administrativeGroups = administrativeGroups == null ? Map.of() : Map.copyOf(administrativeGroups);
    }

    /** The team that works an administrative request of this type. */
    public String administrativeGroup(CaseType type) {
        String group = administrativeGroups.get(type);
        if (group == null) {
            throw new IllegalStateException("casedesk.cases.administrative-groups names no team for " + type + ".");
        }
        return group;
    }

    /**
     * The last instant at which a case closed at {@code closedAt} can be reopened: the same local time,
     * {@code reopenWindow} calendar days later in the organization's zone, so a DST change neither shortens
     * nor lengthens the window.
     */
    public Instant reopenDeadline(Instant closedAt, ZoneId zone) {
        return closedAt.atZone(zone).plus(reopenWindow).toInstant();
    }
}
