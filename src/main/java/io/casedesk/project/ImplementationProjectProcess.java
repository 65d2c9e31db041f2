package io.casedesk.project;

/** The names {@code processes/implementation-project.bpmn} and its forms share with Java. */
public final class ImplementationProjectProcess {

    public static final String PROCESS_ID = "ImplementationProjectProcess";
    public static final String TASK_WORK_ON_PHASE = "Task_WorkOnPhase";
    public static final String MESSAGE_SIGN_OFF = "PhaseSignedOff";
    /** Start form: the project. */
    public static final String ORGANIZATION = "organization";
    public static final String PRODUCT_LINE = "productLine";
    public static final String TITLE = "title";
    public static final String PLAN = "plan";
    /** The phase task's form. */
    public static final String DELIVERABLES = "deliverables";
    public static final String COURSE_STARTS_ON = "courseStartsOn";
    public static final String COURSE_PLACE = "coursePlace";
    public static final String COURSE_MATERIALS = "courseMaterials";
    /** The customer's answer. */
    public static final String ACCEPTED = "phaseAccepted";
    public static final String SIGN_OFF_COMMENT = "signOffComment";
    public static final String LAST_PHASE = "lastPhase";
    public static final String PHASE_NUMBER = "phaseNumber";
    public static final String PHASE_NAME = "phaseName";

    private ImplementationProjectProcess() {
    }
}
