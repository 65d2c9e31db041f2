package io.casedesk.supportcase;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case numbers such as {@code CS-000123}: the case id, zero-padded to at least six digits. */
public final class CaseNumber {

    public static final Pattern PATTERN = Pattern.compile("CS-(\\d{6,18})");

    private CaseNumber() {
    }

    public static String format(long id) {
        return String.format("CS-%06d", id);
    }

    public static Optional<Long> parse(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher matcher = PATTERN.matcher(number.trim().toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
