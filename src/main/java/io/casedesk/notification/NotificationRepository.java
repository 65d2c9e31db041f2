package io.casedesk.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByCaseNumberOrderById(String caseNumber);

    List<Notification> findByEventKeyStartingWithOrderById(String eventKeyPrefix);

    boolean existsByEventKeyAndRecipient(String eventKey, String recipient);

    Optional<Notification> findFirstByMessageId(String messageId);
}
