package io.casedesk.notification;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.common.LocalTimes;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.customer.PasswordLinkIssued;

/** Mails a contact the link that sets its password, in its organization's language; in the same transaction. */
@Component
class PasswordLinkMails {

    static final String PASSWORD_PAGE = "/portal/password/";

    private final Notifications notifications;
    private final CustomerDirectory directory;
    private final NotificationProperties properties;

    PasswordLinkMails(Notifications notifications, CustomerDirectory directory, NotificationProperties properties) {
        this.notifications = notifications;
        this.directory = directory;
        this.properties = properties;
    }

    @EventListener
    void on(PasswordLinkIssued issued) {
        OrganizationInfo organization = directory.organization(issued.organization());
        Map<String, Object> model = new HashMap<>();
        model.put("name", issued.name());
        model.put("login", issued.email());
        model.put("organizationName", organization.name());
        model.put("passwordUrl", properties.publicUrl().toString().replaceAll("/$", "") + PASSWORD_PAGE + issued.token());
        model.put("expiresAt", LocalTimes.describe(issued.expiresAt(), organization.timeZone(), organization.locale()));
        model.put("reset", issued.reset());
        notifications.send(new Notifications.Outgoing(NotificationKind.PASSWORD_SETUP,
                "password-" + issued.email() + "-" + issued.expiresAt().toEpochMilli(), organization.code(), null, null,
                issued.email(), model, false));
    }
}
