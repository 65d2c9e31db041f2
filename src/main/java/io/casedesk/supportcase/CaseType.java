package io.casedesk.supportcase;

/** What kind of work a case asks for. */
public enum CaseType {
    INCIDENT, SERVICE_REQUEST, MACD, INFORMATION
}
