package io.casedesk.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

import io.casedesk.notification.NotificationDeliveryProcess;

/** The delivery jobs of a case's mails, as the job executor would find them. */
public final class DeliveryJobs {

    private DeliveryJobs() {
    }

    public static List<Job> of(ProcessEngine engine, String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).processInstanceBusinessKey(caseNumber).list()
                .stream().flatMap(instance -> engine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).list().stream())
                .toList();
    }
}
