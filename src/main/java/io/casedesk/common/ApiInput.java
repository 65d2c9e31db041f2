package io.casedesk.common;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * What every JSON body must hold, checked while it is read, so that a value the database cannot store is refused
 * with 400 before anything changes: no text with the NUL character (PostgreSQL's text types cannot hold it), and
 * no date and time outside the years 1900 to 9999.
 */
public final class ApiInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    private static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    private ApiInput() {
    }

    /** The Jackson module that checks the bodies of the API. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("casedesk-api-input");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(Object.class, new Untyped());
        module.addDeserializer(OffsetDateTime.class, new DateTime());
        return module;
    }

    /** Whether a date in this year can be stored: the years 1900 to 9999. */
    public static boolean storableYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Whether the text holds the NUL character, which no Casedesk text may. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static final class Text extends StdDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (hasNul(text)) {
                return (String) context.reportInputMismatch(this, NUL_REFUSED);
            }
            return text;
        }
    }

    /** Free-form values, such as a case's details: maps, lists and scalars, their keys and texts checked. */
    private static final class Untyped extends StdDeserializer<Object> {

        private final JsonDeserializer<Object> untyped = new UntypedObjectDeserializer(null, null);

        Untyped() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = untyped.deserialize(parser, context);
            if (holdsNul(value)) {
                return context.reportInputMismatch(this, NUL_REFUSED);
            }
            return value;
        }

        private static boolean holdsNul(Object value) {
            if (value instanceof String text) {
                return hasNul(text);
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().anyMatch(e -> holdsNul(e.getKey()) || holdsNul(e.getValue()));
            }
            if (value instanceof List<?> list) {
                return list.stream().anyMatch(Untyped::holdsNul);
            }
            return false;
        }
    }

    private static final class DateTime extends StdDeserializer<OffsetDateTime> {

        DateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
            if (value != null && !storableYear(value.getYear())) {
                return (OffsetDateTime) context.reportInputMismatch(this, "must lie in the years " + FIRST_YEAR + " to "
                        + LAST_YEAR);
            }
            return value;
        }
    }
}
