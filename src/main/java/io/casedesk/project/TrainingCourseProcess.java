package io.casedesk.project;

/** The names {@code processes/training-course.bpmn} and its form share with Java. */
public final class TrainingCourseProcess {

    public static final String PROCESS_ID = "TrainingCourseProcess";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    /** When the room requirements go out: two weeks before the first day, 09:00 in the organization's zone. */
    public static final String REMINDER_AT = "reminderAt";
    /** When the course is over and the attendance is asked for. */
    public static final String COURSE_ENDS_AT = "courseEndsAt";
    public static final String ATTENDEES = "attendees";

    private TrainingCourseProcess() {
    }
}
