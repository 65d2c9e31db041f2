package io.casedesk.macd;

/**
 * What a MACD request asks support to do. The fields each task needs are configured in
 * {@code casedesk.macd.required-fields}; their names are keys of the case's details.
 */
public enum MacdTask {
    /** A new user and extension (activation). */
    NEW_ACTIVATION,
    MOVE_USER,
    CHANGE_USER,
    UPDATE_USER_DATA,
    DELETE_USER,
    RESET_PASSWORD,
    CREATE_PHONE,
    DELETE_PHONE
}
