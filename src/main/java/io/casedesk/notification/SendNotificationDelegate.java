package io.casedesk.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends one outbox notification over SMTP. */
@Component
class SendNotificationDelegate implements JavaDelegate {

    private final MailDelivery delivery;

    SendNotificationDelegate(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number id = (Number) execution.getVariable(NotificationDeliveryProcess.NOTIFICATION_ID);
        delivery.deliver(id.longValue());
    }
}
