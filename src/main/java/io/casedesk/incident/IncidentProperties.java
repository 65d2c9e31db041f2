package io.casedesk.incident;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The incident flow's settings.
 *
 * @param targets         how long each step may take from its start; overrunning it escalates (the work goes on)
 * @param requiredDetails the facts an incident report needs before review starts
 */
@ConfigurationProperties("casedesk.incident")
public record IncidentProperties(Map<IncidentStep, Duration> targets,
        @DefaultValue({ "extension", "direction", "counterpartNumber", "occurredAt" }) List<String> requiredDetails) {

    static final Map<IncidentStep, Duration> DEFAULT_TARGETS = Map.of(
            IncidentStep.RECEPTION, Duration.ofMinutes(1),
            IncidentStep.REGISTRATION, Duration.ofMinutes(4),
            IncidentStep.DIAGNOSIS, Duration.ofMinutes(20),
            IncidentStep.FIELD_WORK, Duration.ofHours(4),
            IncidentStep.VERIFICATION, Duration.ofMinutes(10),
            IncidentStep.STABILITY, Duration.ofHours(6),
            IncidentStep.CLOSURE, Duration.ofMinutes(30));

    public IncidentProperties {
        Map<IncidentStep, Duration> merged = new EnumMap<>(DEFAULT_TARGETS);
        if (targets != null) {
            merged.putAll(targets);
        }
        targets = Map.copyOf(merged);
        requiredDetails = List.copyOf(requiredDetails);
    }

    /** The step's target, or {@code null} when the step has none. */
    Duration target(IncidentStep step) {
        return targets.get(step);
    }
}
