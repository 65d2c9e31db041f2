package io.casedesk.statuspage;

import java.util.Locale;

import io.casedesk.common.InvalidRequestException;

/**
 * What a subscriber chose: one master case ({@code MASTER_CASE:CS-000123}) or every notice of a platform
 * ({@code PLATFORM:SIP_TRUNKING}), which covers its master cases and maintenance windows.
 */
public record Topic(Kind kind, String value) {

    public enum Kind {
        MASTER_CASE, PLATFORM
    }

    public static Topic parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new InvalidRequestException("Choose a master case or a platform to follow.");
        }
        try {
            return new Topic(Kind.valueOf(text.substring(0, colon).trim().toUpperCase(Locale.ROOT)),
                    text.substring(colon + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Choose a master case or a platform to follow.");
        }
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
