package io.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.customer.Caller;
import io.casedesk.support.DeliveryJobs;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * A delivery whose own transaction fails after the mail server accepted the mail: the acceptance was recorded on
 * its own, so the retry of the job sends nothing (GreenMail, PostgreSQL).
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class MailDeliveryIT {

    static GreenMail mailServer;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    Notifications notifications;
    @Autowired
    MailDelivery delivery;
    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    static void startMailServer() {
        mailServer = new GreenMail(ServerSetupTest.SMTP);
        mailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void aMailAcceptedBeforeTheJobFailedToCommitIsNotSentAgainByTheRetry() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                "No audio", "Calls are silent", null, null), Caller.contact("alice.morgan@acme.example", "ACME"), null)
                .supportCase().number();
        NotificationView mail = notifications.forCase(number).stream()
                .filter(n -> n.recipient().equals("alice.morgan@acme.example")).findFirst().orElseThrow();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            delivery.deliver(mail.id());
            throw new IllegalStateException("the job's commit fails after the server accepted the mail");
        })).hasMessageContaining("commit fails");
        assertThat(mailServer.getReceivedMessagesForDomain("alice.morgan@acme.example")).hasSize(1);

        for (Job job : DeliveryJobs.of(engine, number)) {
            engine.getManagementService().executeJob(job.getId());
        }

        assertThat(mailServer.getReceivedMessagesForDomain("alice.morgan@acme.example")).as("sent once").hasSize(1);
        NotificationView after = notifications.forCase(number).stream().filter(n -> n.id().equals(mail.id()))
                .findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo("SENT");
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.messageId()).isEqualTo(mail.messageId());
    }
}
