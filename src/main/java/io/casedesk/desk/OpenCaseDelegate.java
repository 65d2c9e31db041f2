package io.casedesk.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import io.casedesk.common.DateTimeInput;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.common.ProcessVariables;
import io.casedesk.customer.Caller;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;
import io.casedesk.supportcase.SupportCaseVariables;

/**
 * "Open the case": opens the case the agent entered in the start form, through the same rules as the API
 * ({@link CaseManagement#open}); a refused request fails the start, so nothing is opened.
 */
@Component
class OpenCaseDelegate implements JavaDelegate {

    private final CaseManagement cases;
    private final CustomerDirectory directory;
    private final IdentityService identityService;

    OpenCaseDelegate(CaseManagement cases, CustomerDirectory directory, IdentityService identityService) {
        this.cases = cases;
        this.directory = directory;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new NotPermittedException("A case is opened by a signed-in agent.");
        }
        Caller agent = Caller.agent(authentication.getUserId(), new HashSet<>(authentication.getGroupIds()));
        String organization = ProcessVariables.text(execution, CaseOpeningProcess.ORGANIZATION);
        if (organization == null) {
            throw new InvalidRequestException("Choose the organization.");
        }
        ZoneId zone = directory.organization(organization).timeZone();
        Map<String, Object> details = new LinkedHashMap<>();
        for (String fact : new String[] {CaseOpeningProcess.EXTENSION, CaseOpeningProcess.DIRECTION,
                CaseOpeningProcess.COUNTERPART_NUMBER}) {
            String value = ProcessVariables.text(execution, fact);
            if (value != null) {
                details.put(fact, value);
            }
        }
        Instant occurredAt = DateTimeInput.parse(execution.getVariable(CaseOpeningProcess.OCCURRED_AT), zone, "occurredAt");
        if (occurredAt != null) {
            details.put(CaseOpeningProcess.OCCURRED_AT, occurredAt.atZone(zone).toOffsetDateTime().toString());
        }
        var request = new NewCase(organization, ProcessVariables.text(execution, CaseOpeningProcess.CONTACT_EMAIL),
                value(execution, CaseOpeningProcess.CHANNEL, Channel.class),
                value(execution, CaseOpeningProcess.CASE_TYPE, CaseType.class),
                ProcessVariables.text(execution, CaseOpeningProcess.PRODUCT_LINE),
                ProcessVariables.text(execution, CaseOpeningProcess.SUBJECT),
                ProcessVariables.text(execution, CaseOpeningProcess.DESCRIPTION),
                value(execution, CaseOpeningProcess.PRIORITY, Priority.class), details.isEmpty() ? null : details);
        if (request.subject() == null || request.description() == null || request.type() == null) {
            throw new InvalidRequestException("Enter the type, the subject and the description.");
        }
        SupportCase opened = cases.open(request, agent, null).supportCase();
        String callerNote = ProcessVariables.text(execution, CaseOpeningProcess.CALLER_NOTE);
        if (callerNote != null) {
            cases.comment(opened.number(), "Caller (on behalf of " + opened.reporterEmail() + "): " + callerNote, false, agent);
        }
        execution.setVariable(SupportCaseVariables.CASE_NUMBER, opened.number());
    }

    private static <E extends Enum<E>> E value(DelegateExecution execution, String name, Class<E> type) {
        String text = ProcessVariables.text(execution, name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("Unknown " + name + " '" + text + "'.");
        }
    }
}
