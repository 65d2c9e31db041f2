package io.casedesk.macd;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.casedesk.common.InvalidRequestException;

/** What the agent entered in "Carry out request"; each round of work starts from an empty form. */
final class CarryOutForm {

    private CarryOutForm() {
    }

    static int minutes(VariableScope form) {
        Object value = form.getVariable(MacdRequestProcess.MINUTES_SPENT);
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

    static void consume(VariableScope form) {
        for (String name : List.of(MacdRequestProcess.WORK_RESULT, MacdRequestProcess.MINUTES_SPENT,
                MacdRequestProcess.WORK_NOTE, MacdRequestProcess.VENDOR, MacdRequestProcess.VENDOR_EXPECTED_BY)) {
            form.removeVariable(name);
        }
    }
}
