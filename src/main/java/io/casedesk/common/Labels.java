package io.casedesk.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * What people read for Casedesk's codes (product lines, channels, types, categories, priorities, statuses,
 * report facts, contact roles, groups), per language, from {@code i18n/labels*.properties}: the one source of
 * Tasklist forms' option lists, the staff and customer pages and the mails. A code without a label reads as
 * itself.
 */
@Component
public class Labels {

    /** The kinds of code that have labels: the first part of a key in the label table. */
    public enum Kind {
        PRODUCT_LINE("productLine"), CHANNEL("channel"), CASE_TYPE("caseType"), CATEGORY("category"),
        PRIORITY("priority"), STATUS("status"), FACT("fact"), DIRECTION("direction"), ROLE("role"),
        SLA_PLAN("slaPlan"), CLOCK("clock"), GROUP("group"),
        /** A priority as triage describes it, e.g. "P2 – partial or intermittent loss of a critical service". */
        TRIAGE_PRIORITY("triagePriority");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** One entry of a choice list, as Camunda Forms' selects read it. */
    public record Option(String label, String value) {
    }

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public Labels() {
        messages.setBasename("i18n/labels");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    public String of(Kind kind, Object code, Locale locale) {
        if (code == null) {
            return "";
        }
        String text = code.toString();
        return messages.getMessage(kind.prefix + "." + text, null, text, locale);
    }

    public String of(Kind kind, Collection<?> codes, Locale locale) {
        return String.join(", ", codes.stream().map(code -> of(kind, code, locale)).toList());
    }

    public List<Option> options(Kind kind, Collection<?> codes, Locale locale) {
        return codes.stream().map(code -> new Option(of(kind, code, locale), code.toString())).toList();
    }

    /**
     * Every label whose key starts with {@code prefix}, by the rest of its key, in the language (English where a text
     * has no translation): e.g. the labels of task forms, {@code form.priority} as {@code priority}.
     */
    public Map<String, String> texts(String prefix, Locale locale) {
        ResourceBundle english = ResourceBundle.getBundle("i18n/labels", Locale.ROOT);
        Map<String, String> texts = new TreeMap<>();
        for (String key : english.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), messages.getMessage(key, null, english.getString(key), locale));
            }
        }
        return texts;
    }

    /** The labels of one language, for templates: {@code ${labels.productLine(code)}}. */
    public Book in(Locale locale) {
        return new Book(this, locale);
    }

    /** Labels of one language, with a method per kind for Thymeleaf templates. */
    public record Book(Labels labels, Locale locale) {

        public String productLine(Object code) {
            return labels.of(Kind.PRODUCT_LINE, code, locale);
        }

        public String productLines(Collection<?> codes) {
            return labels.of(Kind.PRODUCT_LINE, codes, locale);
        }

        public String channel(Object code) {
            return labels.of(Kind.CHANNEL, code, locale);
        }

        public String caseType(Object code) {
            return labels.of(Kind.CASE_TYPE, code, locale);
        }

        public String category(Object code) {
            return labels.of(Kind.CATEGORY, code, locale);
        }

        public String priority(Object code) {
            return labels.of(Kind.PRIORITY, code, locale);
        }

        public String status(Object code) {
            return labels.of(Kind.STATUS, code, locale);
        }

        public String fact(Object code) {
            return labels.of(Kind.FACT, code, locale);
        }

        public String slaPlan(Object code) {
            return labels.of(Kind.SLA_PLAN, code, locale);
        }

        public String clock(Object code) {
            return labels.of(Kind.CLOCK, code, locale);
        }

        public String group(Object code) {
            return labels.of(Kind.GROUP, code, locale);
        }
    }
}
