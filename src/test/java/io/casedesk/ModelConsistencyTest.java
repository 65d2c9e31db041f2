package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Bindable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.common.Labels;
import io.casedesk.support.ShippedConfiguration;
import io.casedesk.supportcase.SupportCaseVariables;

/**
 * What process owners edit in Modeler stays consistent with the application: the models keep their contract
 * with the Java code ({@link ModelContract}), every user task has a deployed form and a candidate group, ids are
 * meaningful, and the forms offer exactly the product lines and groups the application accepts.
 */
class ModelConsistencyTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile()))
                    .toList();
        }
    }

    static JsonNode form(String key) throws IOException {
        return JSON.readTree(Path.of("forms", key + ".form").toFile());
    }

    static List<String> configured(String property) {
        return ShippedConfiguration.bind(property, Bindable.listOf(String.class));
    }

    static Set<String> options(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component.path("values").findValuesAsText("value").stream().collect(Collectors.toSet());
            }
        }
        throw new AssertionError("form " + form.path("id").asText() + " has no field " + key);
    }

    @Test
    void everyUserTaskHasADeployedFormAndACandidateGroup() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as(task.getId() + " form binding").isEqualTo("latest");
                assertThat(form(task.getCamundaFormRef()).path("id").asText()).isEqualTo(task.getCamundaFormRef());
                assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
            }
        }
    }

    @Test
    void everyProcessKeepsItsHistoryForALimitedTime() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
    }

    @Test
    void flowNodeIdsSayWhatTheyAre() throws IOException {
        List<String> generated = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!node.getId().matches("(StartEvent|EndEvent|Task|Gateway|MessageEvent|TimerEvent|BoundaryEvent|"
                        + "SubProcess|CallActivity|Event)_[A-Z][A-Za-z0-9]+")) {
                    generated.add(node.getId());
                }
            }
        }
        assertThat(generated).as("ids that do not say what they are").isEmpty();
    }

    @Test
    void theModelsKeepTheirContractWithTheJavaCode() throws IOException {
        assertThat(ModelContract.violations(ModelContract.deployedModels())).isEmpty();
    }

    /** A process owner's edit that breaks Java fails the build, with the element and the class named. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void aBrokenCopyOfAModelFailsTheContract(String edit, String file, String from, String to, String violation)
            throws IOException {
        Map<String, String> models = new TreeMap<>(ModelContract.deployedModels());
        String broken = models.get(file).replace(from, to);
        assertThat(broken).as("the edit applies").isNotEqualTo(models.get(file));
        models.put(file, broken);

        assertThat(ModelContract.violations(models)).anySatisfy(v -> assertThat(v).contains(violation));
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("a task Java names is renamed", "support-case.bpmn", "\"Task_WorkCase\"", "\"Task_Work\"",
                        "SupportCaseProcess.TASK_WORK (Task_WorkCase) names no element of support-case.bpmn"),
                Arguments.of("the master-case message is renamed", "support-case.bpmn",
                        "name=\"ResolvedWithMasterCase\"", "name=\"ResolvedWithMaster\"",
                        "SupportCaseProcess.MESSAGE_RESOLVED_WITH_MASTER_CASE (ResolvedWithMasterCase) is no message"),
                Arguments.of("a child flow stops waiting for the customer's reply", "incident.bpmn",
                        "name=\"CustomerReplied\"", "name=\"CustomerAnswered\"",
                        "IncidentProcess.MESSAGE_CUSTOMER_REPLIED (CustomerReplied) is no message that incident.bpmn"),
                Arguments.of("a flow waits for a message nothing sends", "macd-request.bpmn",
                        "name=\"MacdDecision\"", "name=\"MpocDecision\"",
                        "macd-request.bpmn waits for the message MpocDecision, which MacdRequestProcess does not name"),
                Arguments.of("a timer reads a variable under another name", "support-case.bpmn", "${onHoldUntil}",
                        "${holdEnds}", "SupportCaseVariables.ON_HOLD_UNTIL (onHoldUntil) is a variable"),
                Arguments.of("a service task calls a bean method", "macd-request.bpmn",
                        "camunda:delegateExpression=\"${acknowledgeMacdRequestDelegate}\"",
                        "camunda:expression=\"${macdIntake.receive(execution)}\"",
                        "calls a bean method with the execution"),
                Arguments.of("a delegate is misspelt", "support-case.bpmn", "${resolveCaseDelegate}",
                        "${resolveCasesDelegate}", "calls resolveCasesDelegate, which is no bean of Casedesk"),
                Arguments.of("a call activity passes every variable", "support-case.bpmn",
                        "<camunda:in source=\"caseNumber\" target=\"caseNumber\" />", "<camunda:in variables=\"all\" />",
                        "CallActivity_MacdRequest passes all variables in"),
                Arguments.of("a call activity passes a variable no class names", "support-case.bpmn",
                        "<camunda:out source=\"incidentOutcome\" target=\"incidentOutcome\" />",
                        "<camunda:out source=\"outcome\" target=\"incidentOutcome\" />",
                        "passes outcome, which no constants class names"));
    }

    /** The merge gateway before the resolution wait is the model's own: renaming it breaks nothing Java knows. */
    @Test
    void renamingAGatewayJavaDoesNotNameKeepsTheContract() throws IOException {
        Map<String, String> models = new TreeMap<>(ModelContract.deployedModels());
        models.put("support-case.bpmn", models.get("support-case.bpmn").replace("Gateway_CaseResolved", "Gateway_Resolved"));
        assertThat(ModelContract.violations(models)).isEmpty();
    }

    @Test
    void formsOfferTheGroupsTheApplicationAccepts() throws IOException {
        List<String> assignable = new ArrayList<>(configured("casedesk.cases.work-groups"));
        assignable.add(SupportCaseVariables.ROUTE_BY_TABLE);
        assertThat(options(form("triage-case"), "assignedGroup")).containsExactlyInAnyOrderElementsOf(assignable);
    }

    /** Product lines, types, categories and traffic directions come from the label table, not from copies in forms. */
    @Test
    void formsTakeTheirCodeListsFromTheLabelTable() throws IOException {
        Map<String, String> fromLabels = Map.of("productLine", "productLineOptions", "productLines", "productLineOptions",
                "caseType", "caseTypeOptions", "category", "categoryOptions", "direction", "directionOptions");
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode field : JSON.readTree(file.toFile()).findParents("key")) {
                    String key = field.path("key").asText();
                    if (fromLabels.containsKey(key) && field.has("type") && !field.path("type").asText().startsWith("text")) {
                        assertThat(field.has("values")).as(file + ": " + key + " copies its values").isFalse();
                        assertThat(field.path("valuesKey").asText()).as(file + ": " + key).isEqualTo(fromLabels.get(key));
                    }
                }
            }
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Labels labels = new Labels();
            for (String line : configured("casedesk.cases.product-lines")) {
                assertThat(labels.of(Labels.Kind.PRODUCT_LINE, line, locale)).as(line + " in " + locale).isNotEqualTo(line);
            }
            for (String category : configured("casedesk.cases.categories")) {
                assertThat(labels.of(Labels.Kind.CATEGORY, category, locale)).as(category + " in " + locale).isNotEqualTo(category);
            }
        }
    }

    /**
     * Every label a form takes from the label table ({@code {{formLabels.x}}}, {@code formLabels.x} in FEEL) exists in
     * English and in Spanish, and no field keeps a fixed English label.
     */
    @Test
    void formLabelsComeFromTheLabelTableInBothLanguages() throws IOException {
        Pattern reference = Pattern.compile("formLabels\\.(\\w+)");
        Map<String, String> english = new Labels().texts("form.", Locale.ENGLISH);
        Map<String, String> spanish = new Labels().texts("form.", Locale.forLanguageTag("es"));
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                Matcher used = reference.matcher(text);
                while (used.find()) {
                    String key = used.group(1);
                    assertThat(english).as(file + ": " + key).containsKey(key);
                    assertThat(spanish.get(key)).as(file + ": " + key + " in Spanish").isNotEqualTo(english.get(key));
                }
                for (JsonNode field : JSON.readTree(file.toFile()).findParents("label")) {
                    if (!"text".equals(field.path("type").asText()) && field.has("type")) {
                        assertThat(field.path("label").asText()).as(file + ": " + field.path("id").asText())
                                .containsAnyOf("{{formLabels.", "formLabels.");
                    }
                }
            }
        }
    }
}
