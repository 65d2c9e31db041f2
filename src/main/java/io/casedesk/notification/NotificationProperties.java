package io.casedesk.notification;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound mail settings.
 *
 * @param from       sender address of every notification
 * @param replyTo    where replies go: the support mailbox that {@code intake} reads, so replies thread back
 * @param publicUrl  the address customers reach Casedesk at, used in links
 * @param recipients who receives which kind of notification
 */
@ConfigurationProperties("casedesk.notifications")
public record NotificationProperties(@DefaultValue("support@casedesk.example") String from,
        @DefaultValue("support@casedesk.example") String replyTo, @DefaultValue("http://localhost:8080") URI publicUrl,
        Map<NotificationKind, List<Audience>> recipients) {

    /** The domain of the sender address, used in Message-IDs. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
