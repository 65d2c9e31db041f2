package io.casedesk.common;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading process variables that forms and the API fill in. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    /** The variable as text without surrounding blanks; {@code null} when it is absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
