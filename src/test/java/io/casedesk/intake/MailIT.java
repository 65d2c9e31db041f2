package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.customer.Caller;
import io.casedesk.notification.NotificationDeliveryProcess;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.PostgresIntegrationTest;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.SupportCase;

/**
 * Mail in and out against a real SMTP and IMAP server (GreenMail, in-process) and PostgreSQL: every
 * customer-visible step produces the expected mail in the organization's language, delivery survives an
 * SMTP outage without sending twice, and the support mailbox opens, comments, reopens and refuses cases.
 */
@PostgresIntegrationTest
@TestPropertySource(locations = "classpath:greenmail-mailbox.properties", properties = {
        "spring.mail.host=localhost",
        "spring.mail.port=3025",
        "casedesk.intake.mail.max-message-size=200KB",
        "casedesk.intake.mail.max-attachment-size=20KB"})
class MailIT {

    static final String SUPPORT = "support@casedesk.example";
    /** RFC 5322 msg-id: a dot-atom, an at sign and a domain, in angle brackets. */
    static final String VALID_MESSAGE_ID = "<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*>";
    static final String ALICE = "alice.morgan@acme.example";
    static final String NOC = "noc@acme.example";
    static final String BOB = "bob.chen@acme.example";
    static final String MARIA = "maria.paredes@andes.example";
    static final String ANDES_SUPPORT = "soporte@andes.example";

    static GreenMail mailServer;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseManagement cases;
    @Autowired
    Notifications notifications;
    @Autowired
    MailboxPoller poller;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    AgentActions agents;

    @BeforeAll
    static void startMailServer() {
        mailServer = new GreenMail(ServerSetupTest.SMTP_IMAP);
        mailServer.start();
        mailServer.setUser(SUPPORT, SUPPORT, "support");
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        agents = new AgentActions(engine);
        deliverMail();
        mailServer.purgeEmailFromAllMailboxes();
        // auto-replies are limited to one per sender and day; every test starts with a fresh day
        jdbc.update("delete from inbound_mail");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Runs the pending delivery jobs, as the job executor would; returns how many failed. */
    int deliverMail() {
        int failures = 0;
        for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID)
                .withRetriesLeft().list()) {
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException smtpDown) {
                failures++;
            }
        }
        return failures;
    }

    static List<MimeMessage> inbox(String address) {
        return mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    static List<String> subjects(String address) {
        return inbox(address).stream().map(MailIT::subject).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage last(String address) {
        List<MimeMessage> messages = inbox(address);
        assertThat(messages).as("mail to " + address).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    /** The plain-text part of a notification, decoded. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString().replace("\r\n", "\n");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    SupportCase portalCase(String contact, String organization, String subject) {
        return cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS", subject,
                "Details of " + subject, null, null), Caller.contact(contact, organization), null).supportCase();
    }

    static MimeMessage mailToSupport(String from, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    static void send(MimeMessage message) {
        GreenMailUtil.sendMimeMessage(message);
        mailServer.waitForIncomingEmail(5000, 1);
    }

    /** Puts the message into the support inbox exactly as it is, headers and all. */
    static void deliverToSupportInbox(MimeMessage message) {
        mailServer.getUserManager().getUser(SUPPORT).deliver(message);
    }

    static MimeMessage withId(MimeMessage message, String messageId) throws MessagingException {
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }

    int folderSize(String folder) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", 3143, SUPPORT, "support");
        try {
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    static final Caller AGENT = Caller.agent("l1", Set.of("support-l1"));

    SupportCase reload(String number) {
        return cases.get(number, AGENT);
    }

    SupportCase newestCaseOf(String organization) {
        return cases.list(new CaseFilter(organization, null, null), AGENT, 0, 1).getContent().get(0);
    }

    long caseCount(String organization) {
        return cases.list(new CaseFilter(organization, null, null), AGENT, 0, 1).getTotalElements();
    }

    @Nested
    class Outbound {

        @Test
        void everyStepOfACaseReachesTheReporterAndTheMpocsInEnglish() throws Exception {
            SupportCase c = portalCase(ALICE, "ACME", "Calls drop when transferring");
            String n = c.number();
            assertThat(deliverMail()).isZero();

            MimeMessage ack = last(ALICE);
            assertThat(ack.getSubject()).isEqualTo("[" + n + "] Case received: Calls drop when transferring");
            assertThat(text(ack)).contains("Hello Alice Morgan,", "priority P4", "Expected first response:");
            assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            assertThat(ack.getHeader("X-Casedesk-Case")[0]).isEqualTo(n);
            assertThat(ack.getHeader("References")[0]).isEqualTo("<" + n + "@casedesk.example>");
            assertThat(ack.getReplyTo()[0].toString()).isEqualTo(SUPPORT);
            assertThat(subjects(NOC)).containsExactly("[" + n + "] Case received: Calls drop when transferring");
            assertThat(inbox(BOB)).as("not an MPOC").isEmpty();

            agents.triage(n);
            agents.work(n, Map.of("workAction", "PUBLIC_UPDATE", "updateMessage", "We are looking at the call flow."));
            deliverMail();
            assertThat(last(ALICE).getSubject()).isEqualTo("[" + n + "] Update on your case: Calls drop when transferring");
            assertThat(text(last(ALICE))).contains("We are looking at the call flow.");

            agents.work(n, Map.of("workAction", "ASK_CUSTOMER", "question", "Which extension is affected?"));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] We need your reply");
            assertThat(text(last(ALICE))).contains("Which extension is affected?", "2 business days", "Closed No Response");
            cases.comment(n, "Extension 2041", true, Caller.contact(ALICE, "ACME"));

            agents.work(n, Map.of("workAction", "ON_HOLD", "holdUntil", "2030-03-16T09:00-06:00", "holdReason",
                    "Waiting for the carrier"));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] Case on hold");
            assertThat(text(last(ALICE))).contains("Saturday, March 16, 2030", "9:00", "MDT", "Waiting for the carrier");
            cases.comment(n, "Any news?", true, Caller.contact(ALICE, "ACME"));

            agents.work(n, Map.of("workAction", "SHIPPING", "carrier", "UPS", "trackingReference", "1Z999AA10123456784"));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] Replacement hardware shipped");
            assertThat(text(last(ALICE))).contains("with UPS", "1Z999AA10123456784");
            agents.complete(n, "l2", "support-l2", Map.of("delivered", true));

            agents.work(n, Map.of("workAction", "RESOLVE", "resolutionNote", "Transfer codec fixed."));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] Resolved, please confirm");
            assertThat(text(last(ALICE))).contains("Transfer codec fixed.", "/api/cases/" + n + "/resolution");

            cases.answerResolution(n, true, null, Caller.contact(ALICE, "ACME"));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] Case closed");
            assertThat(text(last(ALICE))).contains("reply to this email until");

            cases.reopen(n, "It happens again", Caller.contact(ALICE, "ACME"));
            deliverMail();
            assertThat(last(ALICE).getSubject()).startsWith("[" + n + "] Case reopened");
            assertThat(text(last(ALICE))).contains("It happens again");

            assertThat(subjects(NOC)).hasSameSizeAs(subjects(ALICE)).hasSize(8);
            assertThat(notifications.forCase(n)).extracting(NotificationView::status).containsOnly("SENT");
        }

        @Test
        void spanishOrganizationsReadSpanishAndClosuresAreExplained() throws Exception {
            SupportCase c = portalCase(MARIA, "ANDES", "Troncal SIP caída");
            String n = c.number();
            agents.triage(n);
            agents.work(n, Map.of("workAction", "ASK_CUSTOMER", "question", "¿Desde qué extensión?"));
            ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(10 * 24 * 3600)));
            String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n)
                    .processDefinitionKey("SupportCaseProcess").singleResult().getId();
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                    .processInstanceId(instance).timers().singleResult().getId());
            deliverMail();

            assertThat(subjects(MARIA)).containsExactly(
                    "[" + n + "] Caso recibido: Troncal SIP caída",
                    "[" + n + "] Necesitamos su respuesta: Troncal SIP caída",
                    "[" + n + "] Caso cerrado sin respuesta: Troncal SIP caída");
            assertThat(text(inbox(MARIA).get(0))).contains("Estimado/a María Paredes:", "Primera respuesta esperada");
            assertThat(text(last(MARIA))).contains("Cerrado sin respuesta", "caso nuevo relacionado");
            assertThat(subjects(ANDES_SUPPORT)).hasSize(3);
        }

        @Test
        void duplicateClosureNamesTheMainCase() throws Exception {
            SupportCase main = portalCase(ALICE, "ACME", "Site down");
            SupportCase duplicate = portalCase(NOC, "ACME", "Site down again");
            agents.complete(duplicate.number(), "l1", "support-l1",
                    Map.of("markAsDuplicate", true, "duplicateOf", main.number()));
            deliverMail();

            assertThat(last(NOC).getSubject()).isEqualTo("[" + duplicate.number() + "] Case closed as duplicate: Site down again");
            assertThat(text(last(NOC))).contains(main.number());
        }

        @Test
        void informationMissingRequestListsWhatIsNeededInTheCustomersLanguage() throws Exception {
            SupportCase c = portalCase(MARIA, "ANDES", "Llamadas entrantes fallan");
            notifications.send(new Notifications.Outgoing(NotificationKind.INFORMATION_MISSING, "missing-" + c.number(),
                    "ANDES", c.number(), MARIA, null,
                    Map.of("subject", c.subject(), "missingFields", List.of("extension", "counterpartNumber")), false));
            deliverMail();

            MimeMessage request = last(MARIA);
            assertThat(request.getSubject()).isEqualTo("[" + c.number() + "] Información requerida: Llamadas entrantes fallan");
            assertThat(text(request)).contains("el número de extensión o usuario", "el número de la contraparte")
                    .doesNotContain("saliente o entrante");
        }

        @Test
        void smtpOutageIsRetriedThenAnIncidentAndRecoveryDeliversExactlyOnce() throws Exception {
            mailServer.stop();
            SupportCase c;
            try {
                c = portalCase(ALICE, "ACME", "Delivered after the outage");
                for (int attempt = 0; attempt < 10 && deliverMail() > 0; attempt++) {
                    // each failed attempt uses one retry, as the job executor would over time
                }
                assertThat(engine.getRuntimeService().createIncidentQuery()
                        .processInstanceId(deliveryInstance(c.number(), ALICE)).count()).as("incident in Cockpit").isOne();
                NotificationView failed = notificationTo(c.number(), ALICE);
                assertThat(failed.status()).isEqualTo("PENDING");
                assertThat(failed.attempts()).isGreaterThanOrEqualTo(5);
                assertThat(failed.lastError()).isNotBlank();
            } finally {
                startMailServer();
            }

            // the operator retries the failed jobs in Cockpit
            for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID)
                    .noRetriesLeft().list()) {
                engine.getManagementService().setJobRetries(job.getId(), 1);
            }
            deliverMail();
            deliverMail();

            assertThat(inbox(ALICE)).hasSize(1);
            assertThat(inbox(NOC)).hasSize(1);
            NotificationView sent = notificationTo(c.number(), ALICE);
            assertThat(sent.status()).isEqualTo("SENT");
            assertThat(inbox(ALICE).get(0).getMessageID()).as("the Message-ID stored before the outage")
                    .isEqualTo(sent.messageId());
            assertThat(engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(deliveryInstance(c.number(), ALICE)).count()).isZero();
        }

        NotificationView notificationTo(String caseNumber, String recipient) {
            return notifications.forCase(caseNumber).stream().filter(v -> v.recipient().equals(recipient)).findFirst()
                    .orElseThrow();
        }

        String deliveryInstance(String caseNumber, String recipient) {
            long id = notificationTo(caseNumber, recipient).id();
            return engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(NotificationDeliveryProcess.NOTIFICATION_ID)
                    .list().stream().filter(v -> ((Number) v.getValue()).longValue() == id).findFirst().orElseThrow()
                    .getProcessInstanceId();
        }
    }

    @Nested
    class Inbound {

        @Test
        void mpocEmailOpensAP4EmailCaseWithItsAttachment() throws Exception {
            MimeMessage mail = mailToSupport(ALICE, "Voicemail to email stopped", "");
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText("Since this morning no voicemail reaches our inboxes.", "UTF-8");
            MimeBodyPart log = new MimeBodyPart();
            log.setFileName("pbx.log");
            log.setContent("12:00 voicemail relay refused", "text/plain");
            log.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeBodyPart huge = new MimeBodyPart();
            huge.setFileName("capture.pcap");
            huge.setContent("x".repeat(30 * 1024), "application/octet-stream");
            huge.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(body);
            parts.addBodyPart(log);
            parts.addBodyPart(huge);
            mail.setContent(parts);
            mail.setHeader("Importance", "high");
            send(mail);

            assertThat(poller.poll().handled()).isEqualTo(1);

            SupportCase opened = newestCaseOf("ACME");
            assertThat(opened.channel()).isEqualTo(Channel.EMAIL);
            assertThat(opened.priority().name()).isEqualTo("P4");
            assertThat(opened.subject()).isEqualTo("Voicemail to email stopped");
            assertThat(opened.description()).isEqualTo("Since this morning no voicemail reaches our inboxes.");
            assertThat(opened.reporterEmail()).isEqualTo(ALICE);
            Caller agent = AGENT;
            assertThat(cases.attachments(opened.number(), agent)).extracting("filename").containsExactly("pbx.log");
            assertThat(new String(cases.attachment(opened.number(),
                    cases.attachments(opened.number(), agent).get(0).id(), agent).content())).contains("relay refused");
            assertThat(cases.comments(opened.number(), agent)).extracting("body").anySatisfy(
                    note -> assertThat((String) note).contains("capture.pcap"));
            assertThat(folderSize("INBOX")).isZero();
            assertThat(folderSize("Processed")).isEqualTo(1);
            ApiClient api = ApiClient.onPort(port);
            ApiClient.Response download = api.as(NOC, "demo").get("/api/cases/" + opened.number() + "/attachments/"
                    + cases.attachments(opened.number(), agent).get(0).id());
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Disposition")).contains("attachment", "pbx.log");
            assertThat(download.raw().body()).isEqualTo("12:00 voicemail relay refused");
            assertThat(api.as(MARIA, "demo").get("/api/cases/" + opened.number() + "/attachments").status()).isEqualTo(404);
            deliverMail();
            assertThat(last(ALICE).getSubject()).isEqualTo("[" + opened.number() + "] Case received: Voicemail to email stopped");
        }

        @Test
        void htmlOnlyMailBecomesPlainText() throws Exception {
            MimeMessage mail = mailToSupport(NOC, "Queue announcements", "");
            mail.setContent("<html><body><p>The queue plays <b>no</b> announcement.</p><p>Since 9:00.</p></body></html>",
                    "text/html; charset=UTF-8");
            send(mail);

            poller.poll();

            SupportCase opened = newestCaseOf("ACME");
            assertThat(opened.description()).isEqualTo("The queue plays no announcement.\n\nSince 9:00.");
        }

        @Test
        void replyWithTheCaseNumberAnswersTheAgentsQuestionWithoutTheQuotedHistory() throws Exception {
            SupportCase c = portalCase(ALICE, "ACME", "Which extension");
            agents.triage(c.number());
            agents.work(c.number(), Map.of("workAction", "ASK_CUSTOMER", "question", "Which extension?"));

            send(mailToSupport(ALICE, "RE: [" + c.number() + "] We need your reply: Which extension",
                    "It is extension 2041.\n\nOn Mon, 9 Mar 2026, Support <support@casedesk.example> wrote:\n> Which extension?"));
            poller.poll();

            SupportCase answered = reload(c.number());
            assertThat(answered.waitingForCustomerSince()).isNull();
            assertThat(cases.comments(c.number(), Caller.contact(ALICE, "ACME"))).extracting("body")
                    .contains("It is extension 2041.");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(c.number())
                    .taskDefinitionKey("Task_WorkCase").count()).isOne();
        }

        @Test
        void replyToARecentlyClosedCaseReopensItAndLaterOpensARelatedCase() throws Exception {
            SupportCase c = portalCase(ALICE, "ACME", "Hunt group order");
            agents.triage(c.number());
            agents.work(c.number(), Map.of("workAction", "CLOSE", "closingNote", "Order fixed."));

            send(mailToSupport(BOB, "RE: [" + c.number() + "] Case closed: Hunt group order", "Wrong again."));
            poller.poll();
            assertThat(reload(c.number()).status()).as("any contact may reopen").isEqualTo(CaseStatus.CUSTOMER_REOPENED);

            agents.work(c.number(), Map.of("workAction", "CLOSE", "closingNote", "Fixed for good."));
            ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(8 * 24 * 3600)));
            send(mailToSupport(ALICE, "RE: [" + c.number() + "] Case closed: Hunt group order", "And again."));
            poller.poll();

            assertThat(reload(c.number()).status()).isEqualTo(CaseStatus.CLOSED);
            SupportCase followUp = newestCaseOf("ACME");
            assertThat(followUp.relatedCase()).isEqualTo(c.number());
            assertThat(followUp.channel()).isEqualTo(Channel.PORTAL);
        }

        @Test
        void aReplyThatLostTheCaseNumberIsThreadedByInReplyToOrReferences() throws Exception {
            SupportCase c = portalCase(ALICE, "ACME", "Voicemail PIN");
            agents.triage(c.number());
            agents.work(c.number(), Map.of("workAction", "ASK_CUSTOMER", "question", "Which mailbox?"));
            deliverMail();
            MimeMessage question = last(ALICE);
            assertThat(question.getMessageID()).matches(VALID_MESSAGE_ID);
            String caseThread = question.getHeader("References")[0];
            long before = caseCount("ACME");

            MimeMessage reply = mailToSupport(ALICE, "Re: We need your reply", "Mailbox 2041.");
            reply.setHeader("In-Reply-To", question.getMessageID());
            send(reply);
            MimeMessage later = mailToSupport(ALICE, "One more thing", "Mailbox 2042 as well.");
            later.setHeader("References", caseThread + " <unrelated@elsewhere.example>");
            send(later);
            poller.poll();

            assertThat(caseCount("ACME")).as("no new case").isEqualTo(before);
            assertThat(cases.comments(c.number(), Caller.contact(ALICE, "ACME"))).extracting("body")
                    .contains("Mailbox 2041.", "Mailbox 2042 as well.");
            assertThat(reload(c.number()).waitingForCustomerSince()).isNull();
        }

        @Test
        void strangerGetsOnePoliteAnswerADayAndNoCase() throws Exception {
            long before = caseCount(null);

            send(mailToSupport("someone@gmail.example", "Help!", "My phone is broken"));
            send(mailToSupport("someone@gmail.example", "Help again!", "Still broken"));
            poller.poll();
            deliverMail();

            List<MimeMessage> answers = inbox("someone@gmail.example");
            assertThat(answers).hasSize(1);
            assertThat(answers.get(0).getSubject()).contains("could not open a case");
            assertThat(answers.get(0).getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
            assertThat(answers.get(0).getMessageID()).as("a valid RFC 5322 msg-id, not the sender's nested in ours")
                    .matches(VALID_MESSAGE_ID).contains("@casedesk.example>");
            assertThat(text(answers.get(0))).contains("designated contacts (MPOCs)", "MPOC de su organización");
            assertThat(caseCount(null)).isEqualTo(before);
            assertThat(folderSize("Processed")).isEqualTo(2);
        }

        @Test
        void contactWithoutAnMpocRoleCannotOpenACaseByEmail() throws Exception {
            send(mailToSupport(BOB, "New request", "Please add a phone"));
            poller.poll();
            deliverMail();

            assertThat(last(BOB).getSubject()).contains("could not open a case");
        }

        @Test
        void automaticMailAndOurOwnNotificationsAreNeverAnswered() throws Exception {
            MimeMessage vacation = mailToSupport("someone@gmail.example", "Out of office", "I am away");
            vacation.setHeader("Auto-Submitted", "auto-replied");
            MimeMessage bulk = mailToSupport("news@vendor.example", "Newsletter", "Offers");
            bulk.setHeader("Precedence", "bulk");
            MimeMessage echo = mailToSupport(SUPPORT, "[CS-000001] Case received", "our own mail");
            echo.setHeader("X-Casedesk-Case", "CS-000001");
            send(vacation);
            send(bulk);
            send(echo);

            poller.poll();
            deliverMail();

            assertThat(inbox("someone@gmail.example")).isEmpty();
            assertThat(inbox("news@vendor.example")).isEmpty();
            assertThat(folderSize("Processed")).isEqualTo(3);
        }

        @Test
        void oversizedAndMalformedMailGoesToTheFailedFolder() throws Exception {
            send(mailToSupport(ALICE, "Big log", "x".repeat(300 * 1024)));
            MimeMessage anonymous = mailToSupport(ALICE, "No sender", "who am I");
            anonymous.removeHeader("From");
            GreenMailUtil.sendMimeMessage(anonymous, SUPPORT, "support");
            mailServer.waitForIncomingEmail(5000, 2);

            MailboxPoller.PollResult result = poller.poll();

            assertThat(result.failed()).isEqualTo(2);
            assertThat(folderSize("Failed")).isEqualTo(2);
            assertThat(folderSize("INBOX")).isZero();
        }

        @Test
        void mailThatCannotBeStoredAsItIsIsStoredCleanedOrShortenedOrFailedAndNeverStaysInTheInbox() throws Exception {
            deliverToSupportInbox(withId(mailToSupport(NOC, "Line\u0000noise", "Crackling\u0000on every call"),
                    "<nul-" + System.nanoTime() + "@acme.example>"));
            String longId = "<" + "x".repeat(600) + System.nanoTime() + "@acme.example>";
            deliverToSupportInbox(withId(mailToSupport(NOC, "Long id", "A mail client with very long ids"), longId));
            deliverToSupportInbox(withId(mailToSupport("a".repeat(300) + "@acme.example", "Long sender", "Who?"),
                    "<long-sender-" + System.nanoTime() + "@acme.example>"));
            MimeMessage named = mailToSupport(NOC, "Long file name", "See the attachment");
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("See the attachment", "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setFileName("trace-" + "y".repeat(400) + ".log");
            file.setContent("trace", "text/plain");
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(text);
            parts.addBodyPart(file);
            named.setContent(parts);
            deliverToSupportInbox(withId(named, "<long-name-" + System.nanoTime() + "@acme.example>"));
            deliverToSupportInbox(withId(mailToSupport(NOC, "Long body", "z".repeat(30_000)),
                    "<long-body-" + System.nanoTime() + "@acme.example>"));

            MailboxPoller.PollResult result = poller.poll();

            assertThat(result).isEqualTo(new MailboxPoller.PollResult(4, 1, 0));
            assertThat(folderSize("INBOX")).isZero();
            assertThat(folderSize("Failed")).as("the sender address longer than an address can be").isEqualTo(1);
            assertThat(jdbc.queryForObject("select detail from inbound_mail where outcome = 'FAILED'", String.class))
                    .contains("sender address is longer than 254");
            List<SupportCase> opened = cases.list(new CaseFilter("ACME", null, null), AGENT, 0, 4).getContent();
            assertThat(opened).extracting(SupportCase::subject)
                    .containsExactly("Long body", "Long file name", "Long id", "Linenoise");
            assertThat(opened.get(3).description()).isEqualTo("Cracklingon every call");
            assertThat(opened.get(0).description()).hasSize(20_000).endsWith("The whole email is in the support mailbox.]");
            assertThat(cases.attachments(opened.get(1).number(), AGENT)).singleElement()
                    .satisfies(info -> assertThat(info.filename()).hasSize(255).startsWith("trace-").endsWith("….log"));
            assertThat(jdbc.queryForObject("select count(*) from inbound_mail where message_id like '<digest-%'",
                    Long.class)).as("the long Message-ID stands for itself by its digest").isOne();
        }

        @Test
        void fiftyUnusableMailsDoNotKeepTheNextOneFromBeingRead() throws Exception {
            for (int i = 0; i < 50; i++) {
                deliverToSupportInbox(withId(mailToSupport("b".repeat(300) + i + "@acme.example", "Junk " + i, "?"),
                        "<junk-" + i + "-" + System.nanoTime() + "@acme.example>"));
            }
            send(mailToSupport(ALICE, "Real problem", "Our trunk is down"));

            poller.poll();
            poller.poll();

            assertThat(newestCaseOf("ACME").subject()).isEqualTo("Real problem");
            assertThat(folderSize("INBOX")).isZero();
            assertThat(folderSize("Failed")).isEqualTo(50);
        }

        @Test
        void aMessageSeenTwiceIsHandledOnce() throws Exception {
            MimeMessage mail = mailToSupport(NOC, "Seen twice", "Please handle once");
            mail.saveChanges();
            mail.setHeader("Message-ID", "<seen-twice-" + System.nanoTime() + "@acme.example>");
            deliverToSupportInbox(mail);
            poller.poll();
            long afterFirst = caseCount("ACME");

            deliverToSupportInbox(mail);
            poller.poll();

            assertThat(caseCount("ACME")).isEqualTo(afterFirst);
            assertThat(folderSize("Processed")).isEqualTo(2);
        }

        @Test
        void replyNamingAnotherOrganizationsCaseIsNotAddedToIt() throws Exception {
            SupportCase andes = portalCase(MARIA, "ANDES", "Caso privado");
            send(mailToSupport(BOB, "RE: [" + andes.number() + "] hello", "Is this mine?"));

            poller.poll();

            assertThat(cases.comments(andes.number(), Caller.contact(MARIA, "ANDES"))).isEmpty();
            assertThatThrownBy(() -> cases.get(andes.number(), Caller.contact(BOB, "ACME")))
                    .hasMessageContaining("another organization");
        }
    }
}
