package io.casedesk.macd;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.casedesk.common.CurrentUser;
import io.casedesk.common.ProcessVariables;
import io.casedesk.common.DateTimeInput;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.customer.CustomerDirectory;

/**
 * The steps of {@code MacdRequestProcess}, called from its expressions ({@code ${macdSteps.receive(execution)}});
 * each hands the work to {@link MacdRequests} and leaves what the model decides on in process variables.
 */
@Component("macdSteps")
public class MacdSteps {

    static final String COMPLETED = "COMPLETED";
    static final String REJECTED = "REJECTED";
    static final String CLOSED_NO_RESPONSE = "CLOSED_NO_RESPONSE";

    private final MacdRequests requests;
    private final CustomerDirectory directory;
    private final MacdProperties properties;
    private final IdentityService identityService;

    MacdSteps(MacdRequests requests, CustomerDirectory directory, MacdProperties properties,
            IdentityService identityService) {
        this.requests = requests;
        this.properties = properties;
        this.directory = directory;
        this.identityService = identityService;
    }

    /** When the MPOCs are reminded, as an ISO-8601 duration for the reminder timer. */
    public String approvalReminder() {
        return properties.approvalReminder().toString();
    }

    /** When an unapproved request closes, as an ISO-8601 duration for the timeout timer. */
    public String approvalTimeout() {
        return properties.approvalTimeout().toString();
    }

    public void receive(DelegateExecution execution) {
        MacdRequest request = requests.receive(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.APPROVAL_NEEDED, request.needsApproval());
        execution.setVariable("assignedGroup", properties.workGroup());
    }

    public void checkData(DelegateExecution execution) {
        List<String> missing = requests.missingFields(execution.getProcessBusinessKey());
        execution.setVariables(requests.knownFields(execution.getProcessBusinessKey()));
        execution.setVariable(MacdRequestProcess.DATA_COMPLETE, missing.isEmpty());
        execution.setVariable(MacdRequestProcess.MISSING_FIELDS, String.join(", ", missing));
    }

    public void requestData(DelegateExecution execution) {
        execution.setVariable("noResponseDue", Date.from(requests.requestData(execution.getProcessBusinessKey())));
    }

    /** Task listener of "Enter request data": the fields the agent typed from the customer's reply. */
    public void dataEntered(DelegateTask task) {
        requests.dataEntered(task.getExecution().getProcessBusinessKey(), task.getVariables(),
                CurrentUser.actor(identityService));
    }

    public void requestApproval(DelegateExecution execution) {
        requests.requestApproval(execution.getProcessBusinessKey());
    }

    public void remindApprovers(DelegateExecution execution) {
        requests.remindApprovers(execution.getProcessBusinessKey());
    }

    public void expire(DelegateExecution execution) {
        requests.expire(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.OUTCOME, CLOSED_NO_RESPONSE);
    }

    public void closeForNoData(DelegateExecution execution) {
        requests.closeForNoData(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.OUTCOME, CLOSED_NO_RESPONSE);
    }

    public void reject(DelegateExecution execution) {
        execution.setVariable("reopenDeadline", Date.from(requests.reject(execution.getProcessBusinessKey())));
        execution.setVariable(MacdRequestProcess.OUTCOME, REJECTED);
    }

    public void schedule(DelegateExecution execution) {
        MacdRequests.Schedule schedule = requests.schedule(execution.getProcessBusinessKey());
        execution.setVariable(MacdRequestProcess.WORK_STARTS_AT, Date.from(schedule.startsAt()));
        execution.setVariable(MacdRequestProcess.WAITS_FOR_BUSINESS_HOURS, schedule.waits());
        execution.setVariable("assignedGroup", schedule.group());
        execution.setVariables(requests.briefing(execution.getProcessBusinessKey()));
    }

    public void vendorDelay(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Instant expectedBy = DateTimeInput.parse(execution.getVariable(MacdRequestProcess.VENDOR_EXPECTED_BY),
                zone(execution), "date the carrier or vendor expects to be done");
        requests.vendorDelay(caseNumber, ProcessVariables.text(execution, MacdRequestProcess.VENDOR), expectedBy,
                ProcessVariables.text(execution, MacdRequestProcess.WORK_NOTE), minutes(execution),
                CurrentUser.actor(identityService));
        consumeWork(execution);
    }

    public void complete(DelegateExecution execution) {
        Instant noResponseDue = requests.complete(execution.getProcessBusinessKey(),
                ProcessVariables.text(execution, MacdRequestProcess.WORK_NOTE), minutes(execution),
                CurrentUser.actor(identityService));
        execution.setVariable("noResponseDue", Date.from(noResponseDue));
        execution.setVariable(MacdRequestProcess.OUTCOME, COMPLETED);
        consumeWork(execution);
    }

    private ZoneId zone(DelegateExecution execution) {
        return directory.organization(requests.request(execution.getProcessBusinessKey()).organizationCode()).timeZone();
    }

    private static int minutes(DelegateExecution execution) {
        Object value = execution.getVariable(MacdRequestProcess.MINUTES_SPENT);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value == null || value.toString().isBlank()) {
            throw new InvalidRequestException("Enter the minutes spent on the request.");
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("The minutes spent must be a whole number.");
        }
    }

    /** The work form's values belong to one round of work; the next round starts empty. */
    private static void consumeWork(DelegateExecution execution) {
        for (String name : List.of(MacdRequestProcess.WORK_RESULT, MacdRequestProcess.MINUTES_SPENT,
                MacdRequestProcess.WORK_NOTE, MacdRequestProcess.VENDOR, MacdRequestProcess.VENDOR_EXPECTED_BY)) {
            execution.removeVariable(name);
        }
    }
}
