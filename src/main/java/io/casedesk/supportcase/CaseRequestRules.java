package io.casedesk.supportcase;

import java.util.Map;

/**
 * Rules a capability adds to the facts of a new case of its type, such as the fields of a MACD
 * request. A rule refuses a request with an {@link io.casedesk.common.InvalidRequestException}.
 */
public interface CaseRequestRules {

    /** Checks the details of a new case of {@code type} for the organization; details may be {@code null}. */
    void check(String organizationCode, CaseType type, Map<String, Object> details);
}
