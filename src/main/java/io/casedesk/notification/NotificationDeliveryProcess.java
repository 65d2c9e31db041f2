package io.casedesk.notification;

/** Names the BPMN model {@code processes/notification-delivery.bpmn} and the Java code share. */
public final class NotificationDeliveryProcess {

    public static final String PROCESS_ID = "NotificationDeliveryProcess";
    /** The outbox row the instance delivers. */
    public static final String NOTIFICATION_ID = "notificationId";

    private NotificationDeliveryProcess() {
    }
}
