package io.casedesk.sla;

/** How fast support answers a request: MACD requests may be expedited at an extra charge; every other case is standard. */
public enum ServiceLevel {
    STANDARD, EXPEDITED
}
