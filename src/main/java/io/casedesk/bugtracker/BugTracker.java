package io.casedesk.bugtracker;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The bug tracker's webhook: files one defect and returns the tracker's reference. */
@Component
class BugTracker {

    /** The case detail that keeps the tracker's reference. */
    static final String REFERENCE_DETAIL = "defectReference";

    private final BugTrackerProperties properties;
    private final RestClient http;

    BugTracker(BugTrackerProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.http = builder.requestFactory(requests).build();
    }

    /**
     * Files the defect. The case number is sent as {@code Idempotency-Key}, so a tracker that honours
     * it files a retried defect once. Throws when the tracker is down or answers without a reference.
     */
    String file(Defect defect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", defect.caseNumber());
        body.put("organization", defect.organization());
        body.put("title", defect.subject());
        body.put("description", defect.description());
        body.put("priority", defect.priority());
        body.put("productLine", defect.productLine());
        JsonNode answer = http.post().uri(properties.url())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.set("Idempotency-Key", "casedesk-defect-" + defect.caseNumber());
                    if (properties.authorization() != null && !properties.authorization().isBlank()) {
                        h.set("Authorization", properties.authorization());
                    }
                })
                .body(body).retrieve().body(JsonNode.class);
        JsonNode reference = answer == null ? null : answer.get(properties.referenceField());
        if (reference == null || reference.asText().isBlank()) {
            throw new IllegalStateException("The bug tracker answered without '" + properties.referenceField() + "'");
        }
        return reference.asText();
    }

    record Defect(String caseNumber, String organization, String subject, String description, String priority,
            String productLine) {
    }
}
