package io.casedesk.maintenance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A fresh installation shows its upcoming windows at once instead of after the first nightly planning run. */
@Component
class PlanningAtStartup {

    private static final Logger log = LoggerFactory.getLogger(PlanningAtStartup.class);

    private final MaintenanceWindows windows;

    PlanningAtStartup(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void plan() {
        int planned = windows.plan().size();
        if (planned > 0) {
            log.info("Planned {} maintenance windows", planned);
        }
    }
}
