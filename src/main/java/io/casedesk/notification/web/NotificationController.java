package io.casedesk.notification.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.customer.Caller;
import io.casedesk.customer.Callers;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.supportcase.CaseManagement;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The notifications of a case: what was sent (or recorded) to whom, and whether it was delivered, as far as
 * the caller may read them.
 */
@RestController
class NotificationController {

    private final Notifications notifications;
    private final CaseManagement cases;
    private final Callers callers;

    NotificationController(Notifications notifications, CaseManagement cases, Callers callers) {
        this.notifications = notifications;
        this.cases = cases;
        this.callers = callers;
    }

    @Operation(summary = "List the mails a case sent that the caller may read")
    @GetMapping("/api/cases/{number}/notifications")
    List<NotificationView> forCase(@PathVariable String number) {
        Caller caller = callers.current();
        String visible = cases.get(number, caller).number();
        return notifications.forCase(visible, caller);
    }
}
