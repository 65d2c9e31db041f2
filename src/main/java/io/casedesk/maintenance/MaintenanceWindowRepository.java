package io.casedesk.maintenance;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindow, Long> {

    boolean existsBySlotKey(String slotKey);

    List<MaintenanceWindow> findByEndsAtAfterOrderByStartsAt(Instant after);
}
