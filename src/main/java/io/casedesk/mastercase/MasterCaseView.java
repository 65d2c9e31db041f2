package io.casedesk.mastercase;

import java.time.Instant;
import java.util.List;

/**
 * A master case as the status page and the API show it: what is affected and the timeline of updates.
 *
 * @param affectedOrganizations how many organizations have cases linked to it
 */
public record MasterCaseView(String number, String title, String description, String productLine, boolean open,
        Instant openedAt, Instant resolvedAt, int affectedOrganizations, List<Update> updates) {

    /** One public update, oldest first. */
    public record Update(Instant at, String text) {
    }
}
