package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.casedesk.customer.Caller;
import io.casedesk.notification.Notifications;
import io.casedesk.support.ApiClient;
import io.casedesk.support.DeliveryJobs;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * A mail server that accepts connections and never answers (a tarpit), for sending and for the support mailbox: a
 * delivery job and a poll give up after their timeouts instead of holding a thread, and Casedesk stays ready and
 * alive with its mail reported as degraded.
 */
@PostgresIntegrationTest
class MailServerFaultsIT {

    static final Tarpit TARPIT = new Tarpit();

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TARPIT::port);
        registry.add("spring.mail.properties[mail.smtp.connectiontimeout]", () -> "1000");
        registry.add("spring.mail.properties[mail.smtp.timeout]", () -> "1000");
        registry.add("spring.mail.properties[mail.smtp.writetimeout]", () -> "1000");
        registry.add("casedesk.intake.mail.enabled", () -> "true");
        registry.add("casedesk.intake.mail.protocol", () -> "imap");
        registry.add("casedesk.intake.mail.host", () -> "127.0.0.1");
        registry.add("casedesk.intake.mail.port", TARPIT::port);
        registry.add("casedesk.intake.mail.username", () -> "support");
        registry.add("casedesk.intake.mail.password", () -> "support");
        registry.add("casedesk.intake.mail.poll-interval", () -> "PT1H");
        registry.add("casedesk.intake.mail.connect-timeout", () -> "PT1S");
        registry.add("casedesk.intake.mail.timeout", () -> "PT1S");
    }

    @AfterAll
    static void closeTarpit() throws IOException {
        TARPIT.close();
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    Notifications notifications;
    @Autowired
    MailboxPoller mailbox;
    @LocalServerPort
    int port;

    @Test
    void aDeliveryJobGivesUpAfterTheTimeoutAndKeepsTheMailForItsRetry() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "No audio",
                "Calls are silent", null, null), Caller.contact("alice.morgan@acme.example", "ACME"), null)
                .supportCase().number();
        Job delivery = DeliveryJobs.of(engine, number).get(0);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                () -> engine.getManagementService().executeJob(delivery.getId())).hasMessageContaining("timed out"));

        assertThat(TARPIT.connections()).isNotEmpty();
        assertThat(notifications.forCase(number)).anySatisfy(mail -> {
            assertThat(mail.status()).isEqualTo("PENDING");
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.lastError()).contains("timed out");
        });
    }

    @Test
    void aPollOfTheSupportMailboxGivesUpAfterTheTimeout() {
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThatThrownBy(mailbox::poll).hasMessageContaining("timed out"));
    }

    @Test
    void withTheMailServerSilentCasedeskIsReadyAndAliveAndItsMailDegraded() {
        ApiClient api = ApiClient.onPort(port);
        assertThat(api.get("/actuator/health/readiness").json().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
        ApiClient.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("DEGRADED");
        assertThat(api.get("/actuator/health/mail").json().path("status").asText()).isEqualTo("DEGRADED");
    }

    /** Accepts every connection and never says a word. */
    static final class Tarpit implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        Tarpit() {
            try {
                server = new ServerSocket(0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "tarpit");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        List<Socket> connections() {
            return held;
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
