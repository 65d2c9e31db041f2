package io.casedesk.macd;

import org.springframework.stereotype.Component;

/**
 * The approval timers of {@code MacdRequestProcess} as ISO-8601 durations, from {@code casedesk.macd}:
 * {@code ${macdDeadlines.approvalReminder()}} and {@code ${macdDeadlines.approvalTimeout()}}.
 */
@Component("macdDeadlines")
public class MacdDeadlines {

    private final MacdProperties properties;

    MacdDeadlines(MacdProperties properties) {
        this.properties = properties;
    }

    /** When the MPOCs are reminded. */
    public String approvalReminder() {
        return properties.approvalReminder().toString();
    }

    /** When an unapproved request closes. */
    public String approvalTimeout() {
        return properties.approvalTimeout().toString();
    }
}
