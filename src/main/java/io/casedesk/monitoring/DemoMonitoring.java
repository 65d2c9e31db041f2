package io.casedesk.monitoring;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo's monitored device: traps from this machine (127.0.0.1) belong to ACME's network. */
@Component
@Profile("demo")
@Order(3)
class DemoMonitoring implements ApplicationRunner {

    static final String LOCALHOST = "127.0.0.1";

    private final MonitoredAgents agents;

    DemoMonitoring(MonitoredAgents agents) {
        this.agents = agents;
    }

    @Override
    public void run(ApplicationArguments args) {
        agents.register(new MonitoredAgents.Agent(LOCALHOST, "ACME", "NETWORK", "Acme's edge router (demo)"));
    }
}
