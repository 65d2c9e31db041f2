package io.casedesk.supportcase;

import java.time.Instant;
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

    void publish(CaseEvent.Type type, SupportCase supportCase, String actor, Instant at, String message) {
        publisher.publishEvent(new CaseEvent(UUID.randomUUID(), type, supportCase.view(), actor, at, message));
    }
}
