package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.supportcase.SupportCaseVariables;

/**
 * What process owners edit in Modeler stays consistent with the application: every user task has a
 * deployed form and a candidate group, ids are meaningful, and the forms offer exactly the product
 * lines and groups the application accepts.
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

    static List<String> configured(String property) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment)).bind(property, Bindable.listOf(String.class)).get();
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
    void formsOfferTheProductLinesAndGroupsTheApplicationAccepts() throws IOException {
        assertThat(options(form("triage-case"), "productLine"))
                .containsExactlyInAnyOrderElementsOf(configured("casedesk.cases.product-lines"));
        assertThat(options(form("triage-case"), "category"))
                .containsExactlyInAnyOrderElementsOf(configured("casedesk.cases.categories"));
        List<String> assignable = new ArrayList<>(configured("casedesk.cases.work-groups"));
        assignable.add(SupportCaseVariables.ROUTE_BY_TABLE);
        assertThat(options(form("triage-case"), "assignedGroup")).containsExactlyInAnyOrderElementsOf(assignable);
    }
}
