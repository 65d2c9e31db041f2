package io.casedesk.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warningAt share of a target's time after which a warning goes out, e.g. 0.75
 */
@ConfigurationProperties("casedesk.sla")
record SlaSettings(@DefaultValue("0.75") double warningAt) {

    SlaSettings {
        if (warningAt <= 0 || warningAt >= 1) {
            throw new IllegalArgumentException("casedesk.sla.warning-at must be between 0 and 1, e.g. 0.75");
        }
    }
}
