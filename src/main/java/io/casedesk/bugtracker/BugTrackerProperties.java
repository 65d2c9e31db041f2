package io.casedesk.bugtracker;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where software defects are filed: an HTTP webhook that takes the defect as JSON and answers with
 * the tracker's reference.
 *
 * @param url            the webhook; without it no defect is filed (the case's history says so)
 * @param authorization  the {@code Authorization} header to send, e.g. {@code Bearer …}; keep it in the environment
 * @param referenceField the field of the JSON answer that holds the tracker's reference
 * @param timeout        how long one attempt may take; a failed attempt is retried by the engine
 */
@ConfigurationProperties("casedesk.bug-tracker")
public record BugTrackerProperties(URI url, String authorization, @DefaultValue("key") String referenceField,
        @DefaultValue("PT10S") Duration timeout) {

    boolean enabled() {
        return url != null && !url.toString().isBlank();
    }
}
