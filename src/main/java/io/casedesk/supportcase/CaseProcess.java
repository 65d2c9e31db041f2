package io.casedesk.supportcase;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.casedesk.common.AsSystem;
import io.casedesk.customer.CustomerDirectory;

/** Starts {@code SupportCaseProcess} for a case and delivers the customer's actions to it. */
@Component
class CaseProcess {

    private static final Logger log = LoggerFactory.getLogger(CaseProcess.class);

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CustomerDirectory directory;

    CaseProcess(RuntimeService runtimeService, IdentityService identityService, CustomerDirectory directory) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.directory = directory;
    }

    void start(SupportCase supportCase) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupportCaseVariables.CASE_NUMBER, supportCase.number());
        variables.put(SupportCaseVariables.ORGANIZATION, supportCase.organization());
        variables.put(SupportCaseVariables.ORGANIZATION_NAME, directory.organization(supportCase.organization()).name());
        variables.put(SupportCaseVariables.REPORTER, supportCase.reporterEmail());
        variables.put(SupportCaseVariables.CHANNEL, supportCase.channel().name());
        variables.put(SupportCaseVariables.SUBJECT, supportCase.subject());
        variables.put(SupportCaseVariables.DESCRIPTION, SupportCaseVariables.excerpt(supportCase.description()));
        variables.put(SupportCaseVariables.PRIORITY, supportCase.priority().name());
        variables.put(SupportCaseVariables.CASE_TYPE, supportCase.type().name());
        variables.put(SupportCaseVariables.PRODUCT_LINE, supportCase.productLine());
        runtimeService.startProcessInstanceByKey(SupportCaseProcess.PROCESS_ID, supportCase.number(), variables);
    }

    void customerReplied(SupportCase supportCase, String message) {
        correlate(supportCase, SupportCaseProcess.MESSAGE_CUSTOMER_REPLIED,
                Map.of(SupportCaseVariables.LATEST_CUSTOMER_MESSAGE, SupportCaseVariables.excerpt(message)));
    }

    void resolutionConfirmed(SupportCase supportCase, Instant reopenDeadline) {
        correlate(supportCase, SupportCaseProcess.MESSAGE_RESOLUTION_CONFIRMED,
                Map.of(SupportCaseVariables.REOPEN_DEADLINE, SupportCaseVariables.date(reopenDeadline)));
    }

    /**
     * The case was resolved with its master case: the flow's "resolved with master case" events end whatever
     * it was doing (a flow it called included) and it waits for the customer's confirmation until
     * {@code noResponseDue}; a reply that it is not fixed sends the case back to {@code group}.
     */
    void resolvedWithMaster(SupportCase supportCase, Instant noResponseDue, String group) {
        AsSystem.call(identityService, () -> {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(supportCase.number()).processDefinitionKey(SupportCaseProcess.PROCESS_ID)
                    .singleResult();
            if (instance == null) {
                log.warn("{} has no running {}; it was resolved with its master case all the same",
                        supportCase.number(), SupportCaseProcess.PROCESS_ID);
                return null;
            }
            var results = runtimeService.createMessageCorrelation(SupportCaseProcess.MESSAGE_RESOLVED_WITH_MASTER_CASE)
                    .processInstanceId(instance.getId())
                    .setVariable(SupportCaseVariables.NO_RESPONSE_DUE, SupportCaseVariables.date(noResponseDue))
                    .setVariable(SupportCaseVariables.ASSIGNED_GROUP, group)
                    .correlateAllWithResult();
            if (results.isEmpty()) {
                log.warn("{} of {} reached no waiting step; the case itself was resolved",
                        SupportCaseProcess.MESSAGE_RESOLVED_WITH_MASTER_CASE, supportCase.number());
            }
            return null;
        });
    }

    void reopened(SupportCase supportCase) {
        correlate(supportCase, SupportCaseProcess.MESSAGE_CASE_REOPENED, Map.of());
    }

    /**
     * Delivers the message to the one step of the case that waits for it: in the case's own flow, or for
     * {@link SupportCaseProcess#MESSAGE_CUSTOMER_REPLIED} in the flow it called (incident, MACD request), which
     * names the message as its receiver. A case that waits for nothing keeps the change without it.
     */
    private void correlate(SupportCase supportCase, String message, Map<String, Object> variables) {
        try {
            MessageCorrelationResult result = runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(supportCase.number())
                    .setVariables(variables)
                    .correlateWithResult();
            log.debug("{} delivered to {}", message, result.getExecution());
        } catch (MismatchingMessageCorrelationException notOneWaits) {
            log.warn("{} of {} was not delivered ({}); the case itself was updated", message, supportCase.number(),
                    notOneWaits.getMessage());
        }
    }
}
