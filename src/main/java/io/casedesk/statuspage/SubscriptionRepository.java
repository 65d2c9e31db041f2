package io.casedesk.statuspage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByEmailAndTopicKindAndTopic(String email, Topic.Kind topicKind, String topic);

    List<Subscription> findByConfirmedTrueAndTopicKindAndTopicIn(Topic.Kind topicKind, Collection<String> topics);

    long deleteByConfirmedFalseAndCreatedAtBefore(Instant before);

    List<Subscription> findByEmailOrderById(String email);
}
