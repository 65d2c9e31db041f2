package io.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of notification has a template in English and Spanish that renders with a subject, a
 * greeting and readable text, so a process owner's edit that breaks one is caught before it is deployed.
 */
class MailTemplatesTest {

    static final MailTemplates TEMPLATES = new MailTemplates(new io.casedesk.common.Labels());

    static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", "CS-000123");
        model.put("subject", "Calls drop when transferring");
        model.put("priority", "P4");
        model.put("status", "NEW");
        model.put("channel", "PORTAL");
        model.put("message", "We restarted the trunk.\nPlease try again.");
        model.put("recipientName", "Alice Morgan");
        model.put("expectedFirstResponse", "Monday, March 9, 2026 at 4:30 PM MDT");
        model.put("holdUntil", "Monday, March 16, 2026 at 9:00 AM MDT");
        model.put("carrier", "UPS");
        model.put("trackingReference", "1Z999");
        model.put("duplicateOf", "CS-000100");
        model.put("noResponseDays", 2);
        model.put("reopenDays", 7);
        model.put("reopenUntil", "Monday, March 23, 2026 at 10:00 AM MDT");
        model.put("missingFields", List.of("extension", "direction"));
        model.put("step", "DIAGNOSIS");
        model.put("stepNumber", 3);
        model.put("detail", null);
        model.put("originalSubject", "Help");
        model.put("publicUrl", "http://localhost:8080");
        model.put("organizationName", "Acme Logistics");
        model.put("clock", "update");
        model.put("dueAt", "Monday, March 9, 2026 at 4:30 PM MDT");
        model.put("level", 2);
        model.put("roles", List.of("Global escalation manager"));
        model.put("reason", "the update target was missed");
        model.put("raisedBy", "system");
        model.put("task", "New activation (user and extension)");
        model.put("expedited", true);
        model.put("requestFields", List.of("account ID: ACME-0042", "full name of the user: Dana Ruiz"));
        model.put("approvalNeeded", true);
        model.put("expectedCompletion", "Friday, March 13, 2026 at 10:00 AM MDT");
        model.put("hourlyRate", "100.00");
        model.put("currency", "USD");
        model.put("billingIncrement", 15L);
        model.put("selfServiceArticle", "https://support.casedesk.example/kb/create-a-user");
        model.put("approvalToken", "b3Jt7d0kQm");
        model.put("requester", "Bob Chen");
        model.put("reminder", false);
        model.put("expiresAt", "Mar 14, 2026, 10:00 AM (America/Denver)");
        model.put("productLine", "NETWORK");
        model.put("stage", "RESCHEDULED");
        model.put("windowTitle", "Monthly scheduled maintenance");
        model.put("description", "System patching");
        model.put("justification", "Security fixes");
        model.put("productLines", List.of("CLOUD_PBX", "SIP_TRUNKING"));
        model.put("startsAt", "Mar 20, 2026, 10:00 PM (America/Denver)");
        model.put("endsAt", "Mar 21, 2026, 4:00 AM (America/Denver)");
        model.put("changeReason", "A vendor asked for a later date");
        model.put("serviceImpact", true);
        model.put("masterNumber", "CS-000200");
        model.put("topicLabel", "CS-000200: Calls fail on the east coast SBC cluster");
        model.put("confirmUrl", "http://localhost:8080/status/subscriptions/confirm/7.abc");
        model.put("unsubscribeUrl", "http://localhost:8080/status/subscriptions/unsubscribe/7.def");
        model.put("headline", "Update CS-000200: Calls fail on the east coast SBC cluster");
        model.put("masterTitle", "Calls fail on the east coast SBC cluster");
        return model;
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void englishTemplateRenders(NotificationKind kind) {
        MailTemplates.RenderedMail mail = TEMPLATES.render(kind, Locale.forLanguageTag("en-US"), model());

        assertThat(mail.subject()).isNotBlank().doesNotContain("${");
        assertThat(mail.text()).startsWith("Hello Alice Morgan,").contains("Kind regards").doesNotContain("${", " th:");
        assertThat(mail.html()).contains("<html").doesNotContain(" th:", "${");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void spanishTemplateRenders(NotificationKind kind) {
        MailTemplates.RenderedMail mail = TEMPLATES.render(kind, Locale.forLanguageTag("es-EC"), model());

        assertThat(mail.subject()).isNotBlank().doesNotContain("${");
        assertThat(mail.text()).startsWith("Estimado/a Alice Morgan:").contains("Saludos cordiales");
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = {"CASE_UPDATED", "CASE_RESOLVED", "CUSTOMER_QUESTION"})
    void agentsTextKeepsItsLineBreaks(NotificationKind kind) {
        assertThat(TEMPLATES.render(kind, Locale.ENGLISH, model()).text())
                .contains("We restarted the trunk.\nPlease try again.");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void languagesWithoutTemplatesFallBackToEnglish(NotificationKind kind) {
        assertThat(MailTemplates.language(kind, Locale.GERMAN)).isEqualTo("en");
        assertThat(MailTemplates.language(kind, Locale.forLanguageTag("es-CR"))).isEqualTo("es");
    }
}
