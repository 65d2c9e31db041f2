package io.casedesk.statuspage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A status page subscription: an email address and what it follows, nothing more. */
@Entity
@Table(name = "status_subscription")
class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    @Enumerated(EnumType.STRING)
    private Topic.Kind topicKind;
    private String topic;
    private boolean confirmed;
    private Instant createdAt;

    protected Subscription() {
    }

    Subscription(String email, Topic topic, Instant now) {
        this.email = email;
        this.topicKind = topic.kind();
        this.topic = topic.value();
        this.createdAt = now;
    }

    void confirm() {
        this.confirmed = true;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    Topic topic() {
        return new Topic(topicKind, topic);
    }

    boolean confirmed() {
        return confirmed;
    }
}
