package io.casedesk.customer;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A customer organization as other capabilities see it.
 *
 * @param code     short stable code, e.g. {@code ACME}
 * @param locale   language (and region) of every notice the organization receives
 * @param timeZone where the organization is; dates shown to its contacts are in this zone
 * @param slaPlan  the support plan of its contract, a column of the SLA targets decision
 * @param calendar name of the business calendar its business-day targets run on
 * @param escalationPath the management escalation path of its plan (the edition of the plan it signed), a
 *                 column of the escalation contacts decision, e.g. {@code CALLTOWER_EN}, {@code CIRION}
 */
public record OrganizationInfo(String code, String name, Locale locale, ZoneId timeZone, String slaPlan, String calendar,
        String escalationPath) {

    /** The same organization under another SLA plan and calendar (those of a case's contract). */
    public OrganizationInfo withContract(String contractPlan, String contractCalendar) {
        return new OrganizationInfo(code, name, locale, timeZone, contractPlan, contractCalendar, escalationPath);
    }
}
