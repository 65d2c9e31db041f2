package io.casedesk.macd;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import io.casedesk.common.LocalTimes;
import io.casedesk.customer.OrganizationInfo;

/** What the customer reads about a MACD request, in the organization's language and time zone ({@code i18n/macd*.properties}). */
@Component
class MacdTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MacdTexts() {
        messages.setBasename("i18n/macd");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    String text(OrganizationInfo org, String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.locale());
    }

    String task(OrganizationInfo org, MacdTask task) {
        return task(org.locale(), task);
    }

    String task(Locale locale, MacdTask task) {
        return messages.getMessage(task == null ? "task.unknown" : "task." + task.name(), null, locale);
    }

    /** How a detail key is asked for; unknown keys are shown as they are. */
    String field(OrganizationInfo org, String key) {
        return field(org.locale(), key);
    }

    String field(Locale locale, String key) {
        return messages.getMessage("field." + key, null, key, locale);
    }

    String time(OrganizationInfo org, Instant at) {
        return LocalTimes.describe(at, org.timeZone(), org.locale());
    }
}
