package io.casedesk.incident;

/** Process variables of {@code IncidentProcess} besides the form fields of {@link IncidentFacts}. */
final class IncidentVariables {

    /** Whether the report has every fact review needs. */
    static final String FACTS_COMPLETE = "incidentFactsComplete";
    /** The facts still missing, for the agent's form. */
    static final String MISSING_FACTS = "missingFacts";
    /** The technicians the dispatcher can choose from (JSON list of label and value). */
    static final String TECHNICIAN_OPTIONS = "technicianOptions";
    /** The travel window of the site class ({@code DispatchWindow} decision). */
    static final String TRAVEL_WINDOW = "travelWindow";
    /** The latest arrival of the technician; the arrival timer waits for it. */
    static final String ARRIVAL_DUE = "arrivalDue";

    private IncidentVariables() {
    }
}
