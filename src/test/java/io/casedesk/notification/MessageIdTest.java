package io.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Message-ID Casedesk sends is a valid RFC 5322 msg-id, stable per event and recipient, whatever the event key. */
class MessageIdTest {

    private static final String DOT_ATOM_TEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    private static final String VALID = "<" + DOT_ATOM_TEXT + "@" + DOT_ATOM_TEXT + ">";

    @ParameterizedTest
    @ValueSource(strings = { "intake:<CAF+x1=Yq@mail.gmail.example>", "3f2a9c1e-5d3b-4b7e-9e59-0c4d2b7a1f00",
            "maintenance-12-reminder", "sla-warning:CS-000042:INITIAL_RESPONSE", "...", "", "é ü ñ <> @@ \"quoted\"",
            "subscription-7-confirm",
            "a-very-long-event-key-of-a-maintenance-window-that-was-moved-many-times-and-then-cancelled-at-last-by-the-operator-on-duty" })
    void everyMessageIdIsValidAndStable(String eventKey) {
        String id = Notification.messageId(eventKey, "alice.morgan@acme.example", "casedesk.example");

        assertThat(id).matches(VALID).endsWith("@casedesk.example>").hasSizeLessThanOrEqualTo(200);
        assertThat(Notification.messageId(eventKey, "alice.morgan@acme.example", "casedesk.example")).isEqualTo(id);
        assertThat(Notification.messageId(eventKey, "noc@acme.example", "casedesk.example")).isNotEqualTo(id);
    }
}
