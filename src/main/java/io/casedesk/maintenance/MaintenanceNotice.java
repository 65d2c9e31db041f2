package io.casedesk.maintenance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.casedesk.common.LocalTimes;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;

/**
 * Tells the maintenance contacts of every organization that uses an affected product line, in its language
 * and time zone: date and time, products, description and justification. Each notice has a key, so the
 * same notice never reaches a contact twice.
 */
@Component
public class MaintenanceNotice {

    /** What a notice says about the window. */
    public enum Stage {
        ANNOUNCED, STARTED, COMPLETED, RESCHEDULED, CANCELLED
    }

    private final Notifications notifications;
    private final CustomerDirectory directory;
    private final ApplicationEventPublisher events;

    MaintenanceNotice(Notifications notifications, CustomerDirectory directory, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.directory = directory;
        this.events = events;
    }

    void send(MaintenanceWindow window, Stage stage) {
        String key = "maintenance-" + window.id() + "-" + stage.name().toLowerCase(Locale.ROOT)
                + (stage == Stage.RESCHEDULED ? "-" + window.revision() : "");
        MaintenanceView view = window.view();
        for (OrganizationInfo org : directory.organizationsUsing(window.productLines())) {
            Set<String> used = directory.productLines(org.code());
            Map<String, Object> model = new HashMap<>();
            model.put("stage", stage.name());
            model.put("kind", window.kind().name());
            model.put("windowTitle", window.title());
            model.put("description", window.description());
            model.put("justification", window.justification());
            model.put("serviceImpact", window.serviceImpact());
            model.put("productLines", window.productLines().stream()
                    .filter(used::contains).toList());
            model.put("startsAt", LocalTimes.describe(window.startsAt(), org.timeZone(), org.locale()));
            model.put("endsAt", LocalTimes.describe(window.endsAt(), org.timeZone(), org.locale()));
            model.put("changeReason", window.changeReason());
            notifications.send(new Notifications.Outgoing(NotificationKind.MAINTENANCE_NOTICE, key + "-" + org.code(),
                    org.code(), null, null, null, model, false));
        }
        events.publishEvent(new MaintenanceNoticed(view, stage, key));
    }
}
