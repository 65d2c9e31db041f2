package io.casedesk.macd;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.ServiceLevel;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaStatus;
import io.casedesk.supportcase.CaseSteps;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.CaseView;

/**
 * A MACD request arrives and is completed: it is recorded and acknowledged, the work group takes the case,
 * and the fields it lacks are asked for and entered from the customer's reply.
 */
@Service
@Transactional
class MacdIntake {

    static final String SYSTEM = "system";

    private final MacdRequestRepository requests;
    private final MacdFields fields;
    private final MacdTexts texts;
    private final MacdSummary summary;
    private final MacdProperties properties;
    private final CaseSteps caseSteps;
    private final CustomerDirectory directory;
    private final SlaClocks slaClocks;
    private final Notifications notifications;
    private final Clock clock;

    MacdIntake(MacdRequestRepository requests, MacdFields fields, MacdTexts texts, MacdSummary summary,
            MacdProperties properties, CaseSteps caseSteps, CustomerDirectory directory, SlaClocks slaClocks,
            Notifications notifications, Clock clock) {
        this.requests = requests;
        this.fields = fields;
        this.texts = texts;
        this.summary = summary;
        this.properties = properties;
        this.caseSteps = caseSteps;
        this.directory = directory;
        this.slaClocks = slaClocks;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The request arrived: it is recorded, the work group takes the case, an expedited request runs on
     * the expedited targets, and the customer gets an acknowledgement that links the self-service article.
     */
    MacdRequest receive(String caseNumber) {
        CaseView c = caseSteps.view(caseNumber);
        OrganizationInfo org = directory.organization(c.organization());
        Map<String, Object> details = caseSteps.details(caseNumber);
        MacdRequest request = requests.findById(caseNumber).orElseGet(() -> requests.save(new MacdRequest(caseNumber,
                org.code(), c.reporter(), directory.isMpoc(org.code(), c.reporter()), Instant.now(clock))));
        describe(request, org, details);
        caseSteps.takeOver(caseNumber, properties.workGroup(), texts.text(org, "taken-over", texts.task(org, request.task()),
                request.expedited() ? texts.text(org, "expedited") : "", properties.workGroup()), SYSTEM);
        Map<String, Object> model = new HashMap<>(summary.forCustomer(org, request, details));
        model.put("approvalNeeded", request.needsApproval());
        SlaStatus targets = slaClocks.status(caseNumber);
        model.put("expectedFirstResponse", due(org, targets.initialResponseDue()));
        model.put("expectedCompletion", due(org, targets.resolutionDue()));
        model.put("hourlyRate", properties.hourlyRate().toPlainString());
        model.put("currency", properties.currency());
        model.put("billingIncrement", properties.billingIncrement().toMinutes());
        model.put("selfServiceArticle", request.task() == null ? null : properties.selfServiceArticles().get(request.task()));
        notifications.send(new Notifications.Outgoing(NotificationKind.MACD_RECEIVED, "macd-received:" + caseNumber,
                org.code(), caseNumber, c.reporter(), null, model, false));
        return request;
    }

    /** The request's fields that are known, to fill the agents' forms. */
    @Transactional(readOnly = true)
    Map<String, Object> knownFields(String caseNumber) {
        Map<String, Object> details = caseSteps.details(caseNumber);
        Map<String, Object> known = new LinkedHashMap<>();
        for (String key : fields.all()) {
            if (details.get(key) != null) {
                known.put(key, details.get(key).toString());
            }
        }
        MacdTask task = MacdFields.task(details);
        if (task != null) {
            known.put(MacdFields.TASK, task.name());
        }
        known.put(MacdFields.EXPEDITED, MacdFields.expedited(details));
        return known;
    }

    /** The fields the request still lacks before it can be approved and worked. */
    @Transactional(readOnly = true)
    List<String> missingFields(String caseNumber) {
        return fields.missing(caseSteps.details(caseNumber));
    }

    /** Asks the customer for the missing fields; returns when the case closes without a reply. */
    Instant requestData(String caseNumber) {
        OrganizationInfo org = directory.organization(requests.require(caseNumber).organizationCode());
        return caseSteps.awaitInformation(caseNumber, missingFields(caseNumber).stream().map(key -> texts.field(org, key))
                .toList(), SYSTEM);
    }

    /** An agent entered fields from the customer's reply; an expedite asked for later moves the targets. */
    void dataEntered(String caseNumber, Map<String, Object> values, String actor) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : fields.all()) {
            if (values.containsKey(key)) {
                changes.put(key, values.get(key));
            }
        }
        if (values.get(MacdFields.TASK) != null) {
            changes.put(MacdFields.TASK, values.get(MacdFields.TASK));
        }
        if (values.get(MacdFields.EXPEDITED) instanceof Boolean expedite) {
            changes.put(MacdFields.EXPEDITED, expedite);
        }
        Map<String, Object> merged = new HashMap<>(caseSteps.details(caseNumber));
        merged.putAll(changes);
        fields.check(requests.require(caseNumber).organizationCode(), CaseType.MACD, merged);
        caseSteps.updateDetails(caseNumber, changes, actor);
        MacdRequest request = requests.require(caseNumber);
        describe(request, directory.organization(request.organizationCode()), caseSteps.details(caseNumber));
    }

    /** The customer never sent the missing fields: the case closes as Closed No Response. */
    void closeForNoData(String caseNumber) {
        caseSteps.closeForNoResponse(caseNumber);
    }

    private void describe(MacdRequest request, OrganizationInfo org, Map<String, Object> details) {
        boolean wasExpedited = request.expedited();
        request.describe(MacdFields.task(details), MacdFields.expedited(details));
        if (request.expedited() != wasExpedited) {
            slaClocks.serviceLevelChanged(request.caseNumber(), org,
                    request.expedited() ? ServiceLevel.EXPEDITED : ServiceLevel.STANDARD, Instant.now(clock));
        }
    }

    private String due(OrganizationInfo org, Instant at) {
        return at == null ? null : texts.time(org, at);
    }
}
