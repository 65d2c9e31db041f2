package io.casedesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.casedesk.common.DateTimeInput;
import io.casedesk.common.InvalidRequestException;

/** The names of the incident flow's facts (form fields and case details) and how their values are read. */
final class IncidentFacts {

    // what an incident report needs (plan 001); kept in the case's details
    static final String EXTENSION = "extension";
    static final String DIRECTION = "direction";
    static final String COUNTERPART_NUMBER = "counterpartNumber";
    static final String OCCURRED_AT = "occurredAt";
    static final Set<String> DIRECTIONS = Set.of("INBOUND", "OUTBOUND", "BOTH");

    static final String SYMPTOMS = "symptoms";
    static final String CONTACT = "incidentContact";
    static final String CAUSE = "cause";
    static final String PLAN = "actionPlan";
    static final String REMEDY = "remedy";
    static final String ACTIONS = "actionsTaken";
    static final String TECHNICIAN = "technician";
    static final String SITE_NAME = "siteName";
    static final String SITE_ADDRESS = "siteAddress";
    static final String SITE_CLASS = "siteClass";
    static final String AGREED_ETA = "agreedEta";
    static final String WORK_RESULT = "workResult";
    static final String FAILURE = "failure";
    static final String PLAN_EXECUTED = "planExecuted";
    static final String SOLVED_AT = "solvedAt";
    static final String CONFIRMED_BY = "confirmedBy";
    static final String STABLE = "stable";
    static final String EVIDENCE = "stabilityEvidence";
    static final String SOLUTION = "solution";

    static final String REMOTE_AREA = "REMOTE_AREA";
    static final List<String> SITE_CLASSES = List.of("MAIN_CITY", "INTERMEDIATE_CITY", REMOTE_AREA);

    private IncidentFacts() {
    }

    /** The report facts among {@code values} that were given, checked and in the form the case keeps them. */
    static Map<String, Object> reportFacts(Map<String, Object> values, List<String> wanted) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String key : wanted) {
            Object value = values.get(key);
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String text = value instanceof Date date ? date.toInstant().toString() : value.toString().strip();
            if (DIRECTION.equals(key)) {
                text = text.toUpperCase(Locale.ROOT);
                if (!DIRECTIONS.contains(text)) {
                    throw new InvalidRequestException("The traffic direction is INBOUND, OUTBOUND or BOTH, not '"
                            + value + "'.");
                }
            }
            facts.put(key, text);
        }
        return facts;
    }

    /** A date and time from a form or the case details: ISO with offset, or local in the customer's zone. */
    static Instant instant(Object value, ZoneId zone) {
        return DateTimeInput.parse(value, zone, null);
    }

    static String required(Map<String, Object> values, String key, String what) {
        String text = text(values, key);
        if (text == null) {
            throw new InvalidRequestException("Enter " + what + ".");
        }
        return text;
    }

    static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static Incident.Remedy remedy(Object value) {
        try {
            return Incident.Remedy.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Choose how the plan is carried out: remotely, by a field visit or by "
                    + "replacing the hardware.");
        }
    }

    static String siteClass(Object value) {
        String siteClass = value == null ? "" : value.toString().toUpperCase(Locale.ROOT);
        if (!SITE_CLASSES.contains(siteClass)) {
            throw new InvalidRequestException("Choose the site class: " + String.join(", ", SITE_CLASSES) + ".");
        }
        return siteClass;
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** A duration as people read it: {@code 45 s}, {@code 3 min}, {@code 1 h 20 min}. */
    static String describe(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
