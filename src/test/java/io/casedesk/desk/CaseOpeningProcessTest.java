package io.casedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;
import io.casedesk.supportcase.SupportCaseProcess;
import io.casedesk.support.ProcessTest;

/**
 * {@code CaseOpeningProcess}: an agent opens a case for a caller from Tasklist under the API's rules, and every
 * task form gets the case file without storing it; comments of Tasklist's comment box become internal notes.
 */
@ProcessTest
class CaseOpeningProcessTest {

    static final Caller LENA = Caller.agent("l1", Set.of("support-l1"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        engine.getIdentityService().setAuthentication("l1", List.of("support-l1"));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
    }

    Map<String, Object> call(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("organization", "ACME");
        form.put("contactEmail", "alice.morgan@acme.example");
        form.put("channel", "PHONE");
        form.put("priority", "P1");
        form.put("caseType", "INCIDENT");
        form.put("productLine", "CLOUD_PBX");
        form.put("subject", subject);
        form.put("description", "No dial tone anywhere.");
        form.put("extension", "all");
        form.put("occurredAt", "2026-03-11T09:00");
        return form;
    }

    SupportCase opened(String subject) {
        return cases.list(new CaseFilter("ACME", null, null, null, subject, null, null), LENA, 0, 1).getContent().get(0);
    }

    @Test
    void anAgentOpensAPhoneCaseAtTheChosenPriorityOnBehalfOfTheMpoc() {
        Map<String, Object> form = call("Opening test dial tone");
        form.put("callerNote", "Sam at the front desk");
        ProcessInstance instance = engine.getFormService().submitStartForm(definitionId(), form);
        engine.getIdentityService().clearAuthentication(); // l1 may not read history; the test reads all of it

        SupportCase c = opened("Opening test dial tone");
        var finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_CaseOpened");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("caseNumber").singleResult().getValue()).isEqualTo(c.number());
        assertThat(c.priority()).isEqualTo(Priority.P1);
        assertThat(c.channel()).isEqualTo(Channel.PHONE);
        assertThat(c.openedBy()).isEqualTo("l1");
        assertThat(c.details()).containsEntry("extension", "all").containsEntry("occurredAt", "2026-03-11T09:00-06:00");
        List<String> notes = transactions.execute(s -> cases.comments(c.number(), LENA).stream()
                .filter(comment -> !comment.isPublic()).map(CaseComment::body).toList());
        assertThat(notes).containsExactly("Caller (on behalf of alice.morgan@acme.example): Sam at the front desk");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.number())
                .processDefinitionKey(SupportCaseProcess.PROCESS_ID).count()).isEqualTo(1);
    }

    @Test
    void aCaseTheApiWouldRefuseIsNotOpenedAndTheStartFails() {
        Map<String, Object> notMpoc = call("Opening test not an MPOC");
        notMpoc.put("contactEmail", "bob.chen@acme.example");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(), notMpoc))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("MPOC");

        Map<String, Object> unknownLine = call("Opening test unknown line");
        unknownLine.put("productLine", "FAX_MACHINES");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(), unknownLine))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(cases.list(new CaseFilter("ACME", null, null, null, "Opening test", null, null), LENA, 0, 5)
                .getContent()).extracting(SupportCase::subject).doesNotContain("Opening test not an MPOC",
                        "Opening test unknown line");
        engine.getIdentityService().clearAuthentication();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseOpeningProcess.PROCESS_ID).variableValueEquals("subject", "Opening test not an MPOC")
                .count()).as("nothing of the refused start was kept").isZero();
    }

    @Test
    void nobodyButASignedInAgentOpensACase() {
        engine.getIdentityService().clearAuthentication();
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(), call("Opening test anonymous")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theTaskFormReadsTheCaseFileAndCompletingTheTaskStoresNoneOfIt() {
        engine.getFormService().submitStartForm(definitionId(), call("Opening test case file"));
        SupportCase c = opened("Opening test case file");
        Task triage = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(c.number()).singleResult();

        var variables = engine.getFormService().getTaskFormVariables(triage.getId());
        ObjectValue caseFile = variables.getValueTyped("caseFile");
        assertThat(caseFile.getSerializationDataFormat()).isEqualTo("application/json");
        String file = caseFile.getValueSerialized();
        assertThat(file).contains("\"organizationName\":\"Acme Logistics\"", "\"channel\":\"Phone\"", "America/Denver",
                "Initial response", "/desk/cases/" + c.number());
        assertThat(((ObjectValue) variables.getValueTyped("productLineOptions")).getValueSerialized())
                .contains("{\"label\":\"Cloud PBX\",\"value\":\"CLOUD_PBX\"}");

        engine.getTaskService().createComment(triage.getId(), triage.getProcessInstanceId(), "Customer sounded stressed");
        engine.getTaskService().claim(triage.getId(), "l1");
        engine.getFormService().submitTaskForm(triage.getId(), Map.of("priority", "P1", "caseType", "INCIDENT",
                "productLine", "CLOUD_PBX", "assignedGroup", "support-l2", "markAsDuplicate", false));

        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("caseFile").count()).isZero();
        List<String> notes = transactions.execute(s -> cases.comments(c.number(), LENA).stream()
                .filter(comment -> !comment.isPublic()).map(comment -> comment.author() + ": " + comment.body()).toList());
        assertThat(notes).containsExactly("l1: Customer sounded stressed\n(Tasklist comment on \"Triage case\")");
    }

    private String definitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CaseOpeningProcess.PROCESS_ID)
                .latestVersion().singleResult().getId();
    }
}
