package io.casedesk.bugtracker;

/** Names the BPMN model {@code processes/defect-filing.bpmn} and the Java code share. */
public final class DefectFilingProcess {

    public static final String PROCESS_ID = "DefectFilingProcess";

    private DefectFilingProcess() {
    }
}
