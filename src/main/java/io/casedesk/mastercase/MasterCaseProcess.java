package io.casedesk.mastercase;

/** Names the BPMN model {@code processes/master-case.bpmn} and the Java code share. */
public final class MasterCaseProcess {

    public static final String PROCESS_ID = "MasterCaseProcess";
    static final String TASK_POST_UPDATE = "Task_PostUpdate";
    /** {@code UPDATE} posts the hourly update, {@code RESOLVE} resolves the master and its linked cases. */
    static final String ACTION = "masterAction";
    static final String MESSAGE = "message";
    static final String LINK_CASES = "linkCases";
    static final String LINKED_CASES = "linkedCases";

    private MasterCaseProcess() {
    }
}
