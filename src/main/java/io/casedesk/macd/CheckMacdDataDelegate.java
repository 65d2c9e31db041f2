package io.casedesk.macd;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the request for the fields its task needs and fills the agents' forms with those it has. */
@Component
class CheckMacdDataDelegate implements JavaDelegate {

    private final MacdIntake intake;

    CheckMacdDataDelegate(MacdIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        List<String> missing = intake.missingFields(caseNumber);
        execution.setVariables(intake.knownFields(caseNumber));
        execution.setVariable(MacdRequestProcess.DATA_COMPLETE, missing.isEmpty());
        execution.setVariable(MacdRequestProcess.MISSING_FIELDS, String.join(", ", missing));
    }
}
