package io.casedesk.incident;

import org.springframework.stereotype.Component;

/**
 * The step targets for the timers of {@code IncidentProcess}: {@code ${incidentTargets.of('DIAGNOSIS')}}
 * gives an ISO-8601 duration such as {@code PT20M}.
 */
@Component("incidentTargets")
public class IncidentTargets {

    private final IncidentProperties properties;

    IncidentTargets(IncidentProperties properties) {
        this.properties = properties;
    }

    public String of(String step) {
        var target = properties.target(IncidentStep.valueOf(step));
        if (target == null) {
            throw new IllegalStateException("The incident step " + step + " has no target (casedesk.incident.targets)");
        }
        return target.toString();
    }
}
