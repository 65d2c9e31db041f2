package io.casedesk.mastercase;

/**
 * A master case was declared, updated or resolved, and its organizations were told; published so that the
 * status page can tell its subscribers.
 *
 * @param key identifies the post; the same key is never sent twice
 */
public record MasterCasePosted(MasterCaseView masterCase, Stage stage, String text, String key) {

    public enum Stage {
        OPENED, UPDATE, RESOLVED
    }
}
