package io.casedesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every task's Camunda Form what it shows but does not store, computed when Tasklist opens the form
 * and never written back: the {@link CaseFile} of the task's case, the option lists from the label table and
 * the zone times are entered in ({@link FormContext}; start forms get theirs from {@link StartFormContextFilter}).
 * It also passes comments that agents write in Tasklist's comment box to the case as internal notes when the task
 * ends ({@link TaskComments}).
 */
@Component
class FormContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormContext> context;
    private final ObjectProvider<TaskComments> comments;

    FormContextPlugin(ObjectProvider<FormContext> context, ObjectProvider<TaskComments> comments) {
        this.context = context;
        this.comments = comments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    var definition = userTask.getTaskDefinition();
                    definition.setTaskFormHandler(new ContextTaskForm(definition.getTaskFormHandler()));
                    TaskListener copyComments = task -> comments.getObject().copyToCase(task);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, copyComments);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, copyComments);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static void add(List<FormField> fields, Map<String, TypedValue> values) {
        values.forEach((name, value) -> {
            FormFieldImpl field = new FormFieldImpl();
            field.setId(name);
            field.setValue(value);
            fields.add(field);
        });
    }

    private final class ContextTaskForm implements TaskFormHandler {

        private final TaskFormHandler form;

        ContextTaskForm(TaskFormHandler form) {
            this.form = form;
        }

        /**
         * The form's fields, with the context only when they are asked for as variables (Tasklist opening the
         * form): asking for the form's key ({@code GetTaskFormCmd}) builds the same form data, and the case file
         * would be read for nothing.
         */
        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData data = form.createTaskForm(task);
            CommandInvocationContext invocation = Context.getCommandInvocationContext();
            if (invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd) {
                add(data.getFormFields(), context.getObject().forTask(task));
            }
            return data;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            form.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            form.submitFormVariables(properties, variableScope);
        }
    }
}
