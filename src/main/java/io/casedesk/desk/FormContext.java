package io.casedesk.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.common.Labels;
import io.casedesk.common.Labels.Kind;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.customer.OrganizationInfo;
import io.casedesk.maintenance.MaintenanceProperties;
import io.casedesk.maintenance.MaintenanceWindowProcess;
import io.casedesk.project.ImplementationProjectProcess;
import io.casedesk.supportcase.CaseSettings;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCaseVariables;

/**
 * The variables a form reads but never stores (see {@link FormContextPlugin}): JSON values Tasklist hands to
 * the form as they are.
 */
@Component
class FormContext {

    /** The case as the agent reads it ({@link CaseFile}). */
    static final String CASE_FILE = "caseFile";
    /** Choice lists from the label table, in the agent's language: {@code [{label, value}]}. */
    static final String PRODUCT_LINE_OPTIONS = "productLineOptions";
    static final String CASE_TYPE_OPTIONS = "caseTypeOptions";
    static final String CATEGORY_OPTIONS = "categoryOptions";
    static final String CHANNEL_OPTIONS = "channelOptions";
    static final String ORGANIZATION_OPTIONS = "organizationOptions";
    /** Organization code → its MPOCs as options. */
    static final String MPOC_OPTIONS = "mpocsByOrganization";
    /** Organization code → its time zone. */
    static final String ORGANIZATION_ZONES = "zonesByOrganization";
    static final String PRIORITY_OPTIONS = "priorityOptions";
    /** The priorities triage chooses from, each with what it means. */
    static final String TRIAGE_PRIORITY_OPTIONS = "triagePriorityOptions";
    static final String DIRECTION_OPTIONS = "directionOptions";
    /**
     * The zone a form's date and time fields are entered and read in: the customer's for a case's task, the
     * maintenance calendar's for announcing maintenance.
     */
    static final String ENTRY_ZONE = "entryZone";
    /** The labels of the task forms, in the agent's language: {@code {{formLabels.priority}}}. */
    static final String FORM_LABELS = "formLabels";
    /** The agent's own zone. */
    static final String AGENT_ZONE = "agentZone";
    /** The staff group whose members may open MONITORING cases (the network operations centre). */
    static final String NOC_GROUP = "network-engineering";

    private final CaseFiles caseFiles;
    private final Viewers viewers;
    private final CustomerDirectory directory;
    private final CaseSettings caseSettings;
    private final Labels labels;
    private final IdentityService identityService;
    private final MaintenanceProperties maintenance;
    private final ObjectMapper json;

    FormContext(CaseFiles caseFiles, Viewers viewers, CustomerDirectory directory, CaseSettings caseSettings, Labels labels,
            IdentityService identityService, MaintenanceProperties maintenance, ObjectMapper json) {
        this.maintenance = maintenance;
        this.caseFiles = caseFiles;
        this.viewers = viewers;
        this.directory = directory;
        this.caseSettings = caseSettings;
        this.labels = labels;
        this.identityService = identityService;
        this.json = json;
    }

    Map<String, TypedValue> forTask(TaskEntity task) {
        Viewer viewer = viewers.of(currentUser());
        Map<String, Object> values = common(viewer);
        Object number = task.getVariable(SupportCaseVariables.CASE_NUMBER);
        CaseFile file = number == null ? null : caseFiles.find(number.toString(), viewer).orElse(null);
        if (file != null) {
            values.put(CASE_FILE, file);
            values.put(ENTRY_ZONE, file.customerZone());
        } else {
            values.put(ENTRY_ZONE, viewer.zone().getId());
        }
        return typed(values);
    }

    /**
     * What a start form reads, by variable name. Tasklist loads no variables for a start form, so
     * {@link StartFormContextFilter} writes these into the form itself.
     */
    Map<String, Object> forStart(String processKey, String login) {
        Viewer viewer = viewers.of(login);
        Locale locale = viewer.locale();
        Map<String, Object> values = common(viewer);
        if (CaseOpeningProcess.PROCESS_ID.equals(processKey)) {
            List<OrganizationInfo> organizations = directory.organizations();
            values.put(ORGANIZATION_OPTIONS, organizations.stream()
                    .map(o -> new Labels.Option(o.name() + " (" + o.code() + ")", o.code())).toList());
            Map<String, List<ContactInfo>> mpocsOf = directory.mpocsByOrganization();
            Map<String, List<Labels.Option>> mpocs = new LinkedHashMap<>();
            Map<String, String> zones = new LinkedHashMap<>();
            for (OrganizationInfo organization : organizations) {
                mpocs.put(organization.code(), mpocsOf.getOrDefault(organization.code(), List.of()).stream()
                        .map(c -> new Labels.Option(c.name() + " <" + c.email() + "> – " + labels.of(Kind.ROLE,
                                c.roles().stream().filter(ContactRole::isMpoc).sorted().toList(), locale), c.email()))
                        .toList());
                zones.put(organization.code(), organization.timeZone().getId());
            }
            values.put(MPOC_OPTIONS, mpocs);
            values.put(ORGANIZATION_ZONES, zones);
            List<Channel> channels = login != null && identityService.createGroupQuery().groupMember(login)
                    .groupId(NOC_GROUP).count() > 0
                    ? List.of(Channel.PHONE, Channel.CHAT, Channel.MONITORING)
                    : List.of(Channel.PHONE, Channel.CHAT);
            values.put(CHANNEL_OPTIONS, labels.options(Kind.CHANNEL, channels, locale));
            values.put(PRIORITY_OPTIONS, labels.options(Kind.PRIORITY,
                    List.of(Priority.P1, Priority.P2, Priority.P3, Priority.P4), locale));
        } else if (ImplementationProjectProcess.PROCESS_ID.equals(processKey)) {
            values.put(ORGANIZATION_OPTIONS, directory.organizations().stream()
                    .map(o -> new Labels.Option(o.name() + " (" + o.code() + ")", o.code())).toList());
        } else if (MaintenanceWindowProcess.PROCESS_ID.equals(processKey)) {
            values.put(ENTRY_ZONE, maintenance.zone().getId());
        }
        return values;
    }

    private Map<String, Object> common(Viewer viewer) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(PRODUCT_LINE_OPTIONS, labels.options(Kind.PRODUCT_LINE, caseSettings.productLines(), viewer.locale()));
        values.put(DIRECTION_OPTIONS, labels.options(Kind.DIRECTION, List.of("INBOUND", "OUTBOUND", "BOTH"),
                viewer.locale()));
        values.put(CASE_TYPE_OPTIONS, labels.options(Kind.CASE_TYPE, List.of(CaseType.values()), viewer.locale()));
        values.put(CATEGORY_OPTIONS, labels.options(Kind.CATEGORY, caseSettings.categories(), viewer.locale()));
        values.put(AGENT_ZONE, viewer.zone().getId());
        values.put(FORM_LABELS, labels.texts("form.", viewer.locale()));
        values.put(TRIAGE_PRIORITY_OPTIONS, labels.options(Kind.TRIAGE_PRIORITY,
                List.of(Priority.P1, Priority.P2, Priority.P3, Priority.P4), viewer.locale()));
        return values;
    }

    private Map<String, TypedValue> typed(Map<String, Object> values) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, value instanceof String text ? Variables.stringValue(text)
                : Variables.serializedObjectValue(toJson(value))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .objectTypeName(value.getClass().getName())
                        .create()));
        return typed;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write form context " + value.getClass().getSimpleName(), e);
        }
    }

    private String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
