package io.casedesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * A step's target passed while its task is still open: escalates along the incident path. The step is the
 * task whose timer led here, as the diagram shows it.
 */
@Component
class EscalateStepOverrunDelegate implements JavaDelegate {

    private final Incidents incidents;

    EscalateStepOverrunDelegate(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        incidents.overrun(execution.getProcessBusinessKey(), overranStep((FlowNode) execution.getBpmnModelElementInstance()));
    }

    /** The step of the task the timer before {@code escalation} is attached to. */
    static IncidentStep overranStep(FlowNode escalation) {
        BoundaryEvent timer = escalation.getPreviousNodes().filterByType(BoundaryEvent.class).singleResult();
        return IncidentStep.ofTask(timer.getAttachedTo().getId());
    }
}
