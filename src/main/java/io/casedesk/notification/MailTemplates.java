package io.casedesk.notification;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.casedesk.common.Labels;
import io.casedesk.common.PlainText;

/**
 * Renders notifications from the Thymeleaf templates in {@code notifications/<language>/<kind>.html}, which
 * process owners edit. The template's {@code <title>} is the subject; the plain-text part is derived from
 * the HTML. Languages without a template fall back to English.
 */
@Component
class MailTemplates {

    /** A notification ready to send. */
    record RenderedMail(String subject, String html, String text) {
    }

    static final String FOLDER = "notifications/";
    static final String FALLBACK_LANGUAGE = "en";
    /** Whether a template exists, by language and kind: the templates are part of the application. */
    private static final Map<String, Boolean> TEMPLATES_FOUND = new ConcurrentHashMap<>();

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final Labels labels;

    MailTemplates(Labels labels) {
        this.labels = labels;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(FOLDER);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    RenderedMail render(NotificationKind kind, Locale locale, Map<String, Object> model) {
        String language = language(kind, locale);
        Context context = new Context(locale, model);
        context.setVariable("language", language);
        context.setVariable("labels", labels.in(Locale.forLanguageTag(language)));
        String html = engine.process(language + "/" + kind.template(), context);
        Document document = Jsoup.parse(html);
        String subject = document.title().strip();
        if (subject.isEmpty()) {
            throw new IllegalStateException("Template " + language + "/" + kind.template() + " has no <title> subject");
        }
        return new RenderedMail(subject, html, PlainText.fromDocument(document));
    }

    static String language(NotificationKind kind, Locale locale) {
        String language = locale == null ? FALLBACK_LANGUAGE : locale.getLanguage();
        return TEMPLATES_FOUND.computeIfAbsent(language + "/" + kind.template(),
                template -> new ClassPathResource(FOLDER + template + ".html").exists()) ? language : FALLBACK_LANGUAGE;
    }
}
