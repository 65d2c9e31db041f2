package io.casedesk.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

import io.casedesk.notification.NotificationDeliveryProcess;
import io.casedesk.notification.NotificationView;

/** The delivery jobs of a case's mails, as the job executor would find them. */
public final class DeliveryJobs {

    private DeliveryJobs() {
    }

    /** Sends a mail of no case now, as the job executor would: runs its delivery job. */
    public static void deliver(ProcessEngine engine, NotificationView mail) {
        engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey("notification-" + mail.id()).list()
                .forEach(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .list().forEach(job -> engine.getManagementService().executeJob(job.getId())));
    }

    public static List<Job> of(ProcessEngine engine, String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).processInstanceBusinessKey(caseNumber).list()
                .stream().flatMap(instance -> engine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).list().stream())
                .toList();
    }
}
