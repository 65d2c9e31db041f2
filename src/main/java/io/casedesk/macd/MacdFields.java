package io.casedesk.macd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.supportcase.CaseRequestRules;
import io.casedesk.supportcase.CaseType;

/**
 * The facts of a MACD request, kept in the case's details: {@code task}, {@code expedited} and the fields
 * the task needs ({@code casedesk.macd.required-fields}). A new activation for Microsoft Teams also needs
 * the {@code teamsEmail} to link. Values that cannot be right are refused when the case is opened;
 * missing ones are asked for by mail.
 */
@Component
class MacdFields implements CaseRequestRules {

    static final String TASK = "task";
    static final String EXPEDITED = "expedited";
    static final String EXTENSION_TYPE = "extensionType";
    static final String TEAMS_EMAIL = "teamsEmail";
    static final String DIRECT_NUMBER = "directNumber";
    private static final Set<String> EXTENSION_TYPES = Set.of("SIP", "TEAMS");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MacdProperties properties;

    MacdFields(MacdProperties properties) {
        this.properties = properties;
    }

    @Override
    public void check(String organizationCode, CaseType type, Map<String, Object> details) {
        if (type != CaseType.MACD || details == null) {
            return;
        }
        Object task = details.get(TASK);
        if (!blank(task) && task(details) == null) {
            throw new InvalidRequestException("details.task must be one of " + List.of(MacdTask.values()) + ".");
        }
        Object expedited = details.get(EXPEDITED);
        if (expedited != null && !(expedited instanceof Boolean)) {
            throw new InvalidRequestException("details.expedited must be true or false.");
        }
        Object extensionType = details.get(EXTENSION_TYPE);
        if (!blank(extensionType) && !EXTENSION_TYPES.contains(extensionType.toString().trim().toUpperCase(Locale.ROOT))) {
            throw new InvalidRequestException("details.extensionType must be SIP or TEAMS.");
        }
        Object teamsEmail = details.get(TEAMS_EMAIL);
        if (!blank(teamsEmail) && !EMAIL.matcher(teamsEmail.toString().trim()).matches()) {
            throw new InvalidRequestException("details.teamsEmail must be an email address.");
        }
    }

    /** The task the details name, or {@code null} when none or an unknown one is named. */
    static MacdTask task(Map<String, Object> details) {
        Object task = details.get(TASK);
        if (blank(task)) {
            return null;
        }
        try {
            return MacdTask.valueOf(task.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean expedited(Map<String, Object> details) {
        Object expedited = details.get(EXPEDITED);
        return Boolean.TRUE.equals(expedited) || expedited != null && "true".equalsIgnoreCase(expedited.toString().trim());
    }

    /** The fields the request still lacks, {@code task} first when it names none. */
    List<String> missing(Map<String, Object> details) {
        MacdTask task = task(details);
        if (task == null) {
            return List.of(TASK);
        }
        List<String> missing = new ArrayList<>();
        for (String field : properties.requiredFields(task)) {
            if (blank(details.get(field))) {
                missing.add(field);
            }
        }
        boolean teams = "TEAMS".equalsIgnoreCase(String.valueOf(details.get(EXTENSION_TYPE)).trim());
        if (task == MacdTask.NEW_ACTIVATION && teams && blank(details.get(TEAMS_EMAIL))) {
            missing.add(TEAMS_EMAIL);
        }
        return missing;
    }

    /** Every field any task asks for, in a stable order; the data form offers them. */
    Set<String> all() {
        Set<String> fields = new LinkedHashSet<>();
        for (MacdTask task : MacdTask.values()) {
            fields.addAll(properties.requiredFields(task));
        }
        fields.add(TEAMS_EMAIL);
        return fields;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
