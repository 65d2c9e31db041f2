package io.casedesk.supportcase;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of Casedesk what the transitions of a case registered: {@link CaseEvent}s with a picture of the
 * case as it is after the change, and {@link CaseTriaged}.
 */
@Component
class CaseEvents {

    private final ApplicationEventPublisher publisher;

    CaseEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    void triaged(CaseChange.Triaged change) {
        SupportCase c = change.supportCase();
        publisher.publishEvent(new CaseTriaged(c.number(), c.organization(), c.subject(), c.description(), c.priority(),
                c.type(), c.productLine(), c.category(), c.assignedGroup()));
    }

    @EventListener
    void notice(CaseChange.Notice change) {
        publisher.publishEvent(new CaseEvent(UUID.randomUUID(), change.type(), change.supportCase().view(),
                change.actor(), change.at(), change.message(), change.facts()));
    }
}
