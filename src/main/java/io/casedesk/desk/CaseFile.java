package io.casedesk.desk;

import java.util.List;

/**
 * What an agent needs to act on a case, ready to read: shown by every Tasklist task form (as the variable
 * {@code caseFile}) and by the staff case page. Times are in the customer's zone, named, with the agent's beside.
 */
public record CaseFile(String number, String subject, String description, String organization, String organizationName,
        String reporter, String channel, String type, String productLine, String category, String priority,
        String status, String assignedGroup, String customerZone, String agentZone, String opened, List<Due> sla,
        List<Message> conversation, List<Change> history, List<Link> linked, String link) {

    /** An SLA target: clock, due time and "due in" or "overdue by". */
    public record Due(String clock, String due, String state, boolean overdue) {
    }

    /** A message of the conversation; {@code visibility} says whether the customer sees it. */
    public record Message(String at, String author, String visibility, String body) {
    }

    /** A change of the case's history. */
    public record Change(String at, String actor, String change) {
    }

    /** Another case this one is linked to, and how. */
    public record Link(String number, String relation, String subject, String status) {
    }
}
