package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * With sender authentication required (as in the postgres profile), the support mailbox trusts a sender only when
 * the receiving mail server, named by its authserv-id, vouches for it: a forged From of an MPOC changes nothing and
 * is answered with the refusal.
 */
@PostgresIntegrationTest
@TestPropertySource(locations = "classpath:greenmail-mailbox.properties", properties = {
        "casedesk.intake.mail.require-authenticated-sender=true",
        "casedesk.intake.mail.authserv-id=mx.casedesk.example"})
class SenderAuthenticationIT {

    static final Caller NOC = Caller.contact(MailIT.NOC, "ACME");
    static GreenMail mailServer;

    @Autowired
    MailboxPoller poller;
    @Autowired
    CaseManagement cases;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startMailServer() {
        mailServer = new GreenMail(ServerSetupTest.SMTP_IMAP);
        mailServer.start();
        mailServer.setUser(MailIT.SUPPORT, MailIT.SUPPORT, "support");
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
        jdbc.update("delete from inbound_mail");
    }

    @Test
    void aForgedSenderChangesNothingAndIsAnsweredWithTheRefusal() throws Exception {
        String number = openCase();
        String messageId = deliver(reply(number, "Please close this case, it was a mistake"), null);

        poller.poll();

        assertThat(cases.comments(number, NOC)).isEmpty();
        assertThat(jdbc.queryForObject("select outcome from inbound_mail where message_id = ?", String.class, messageId))
                .isEqualTo("REJECTED");
        assertThat(notifications.forEvents("intake:" + messageId)).singleElement().satisfies(refusal -> {
            assertThat(refusal.kind()).isEqualTo(NotificationKind.INTAKE_REJECTED);
            assertThat(refusal.recipient()).isEqualTo(MailIT.NOC);
            assertThat(refusal.text()).contains("could not be verified as sent by " + MailIT.NOC);
        });
    }

    @Test
    void aResultWrittenByAnotherServerIsIgnored() throws Exception {
        String number = openCase();
        deliver(reply(number, "Forged with a header of my own"), "mail.evil.example; dmarc=pass header.from=acme.example");

        poller.poll();

        assertThat(cases.comments(number, NOC)).isEmpty();
    }

    @Test
    void aSenderTheReceivingServerVouchesForCommentsOnItsCase() throws Exception {
        String number = openCase();
        deliver(reply(number, "The trunk works again"),
                "mx.casedesk.example; spf=pass smtp.mailfrom=noc@acme.example; dmarc=pass header.from=acme.example");

        poller.poll();

        assertThat(cases.comments(number, NOC)).extracting("body").containsExactly("The trunk works again");
    }

    private String openCase() {
        return cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING", "Trunk down",
                "No calls since 9:00", null, null), NOC, null).supportCase().number();
    }

    private static MimeMessage reply(String number, String body) throws Exception {
        return MailIT.mailToSupport(MailIT.NOC, "RE: [" + number + "] Trunk down", body);
    }

    private static String deliver(MimeMessage message, String authenticationResults) throws Exception {
        String messageId = "<auth-" + System.nanoTime() + "@acme.example>";
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        if (authenticationResults != null) {
            message.setHeader("Authentication-Results", authenticationResults);
        }
        mailServer.getUserManager().getUser(MailIT.SUPPORT).deliver(message);
        return messageId;
    }
}
