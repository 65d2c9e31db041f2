package io.casedesk.supportcase;

/** Case priority; {@code P1G} marks a global master case and is set only by agents. */
public enum Priority {
    P1, P2, P3, P4, P1G
}
