package io.casedesk.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.caseNumber = ?1 order by n.id")
    List<Notification> findByCaseNumberOrderById(String caseNumber);

    List<Notification> findByEventKeyStartingWithOrderById(String eventKeyPrefix);

    @Query("select n.recipient from Notification n where n.eventKey = ?1")
    Set<String> findRecipientsByEventKey(String eventKey);

    Optional<Notification> findFirstByMessageId(String messageId);
}
