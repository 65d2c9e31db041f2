package io.casedesk.supportcase;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link CaseEvent}s with a picture of the case as it is now. */
@Component
class CaseEvents {

    private final ApplicationEventPublisher publisher;

    CaseEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void triaged(SupportCase c) {
        publisher.publishEvent(new CaseTriaged(c.number(), c.organization(), c.subject(), c.description(), c.priority(),
                c.type(), c.productLine(), c.category(), c.assignedGroup()));
    }

    void publish(CaseEvent.Type type, SupportCase supportCase, String actor, Instant at, String message) {
        publish(type, supportCase, actor, at, message, Map.of());
    }

    void publish(CaseEvent.Type type, SupportCase supportCase, String actor, Instant at, String message,
            Map<String, Object> facts) {
        publisher.publishEvent(new CaseEvent(UUID.randomUUID(), type, supportCase.view(), actor, at, message, facts));
    }
}
