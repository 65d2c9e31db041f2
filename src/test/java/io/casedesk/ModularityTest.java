package io.casedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Capabilities talk through each other's public types only, and never in a cycle. */
class ModularityTest {

    @Test
    void capabilitiesRespectTheirBoundaries() {
        ApplicationModules.of(CasedeskApplication.class).verify();
    }
}
