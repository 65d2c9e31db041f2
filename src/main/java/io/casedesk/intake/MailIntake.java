package io.casedesk.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.CasedeskException;
import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactInfo;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Notifications;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.SupportCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns a customer's email into what the API would do with the same request: an MPOC's new message opens
 * a case (channel EMAIL, priority P4); a reply that names a case of the sender's organization comments on
 * it, reopens it or opens a related case. Everyone else gets one polite automatic answer a day; machines
 * and Casedesk's own mail get none. Every message is handled once, in one transaction.
 */
@Service
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final Pattern CASE_NUMBER = Pattern.compile("\\bCS-\\d{6,}\\b");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?m)^(On .{1,200} wrote:|El .{1,200} escribió:|-{2,} ?Original Message ?-{2,}|-{2,} ?Mensaje original ?-{2,}"
                    + "|From: .+|De: .+)\\s*$");
    private static final Duration AUTO_REPLY_PAUSE = Duration.ofDays(1);
    private static final int MAX_SUBJECT = 200;

    private final CaseManagement cases;
    private final CustomerDirectory directory;
    private final Notifications notifications;
    private final InboundMailRepository inbox;
    private final MailIntakeProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<IntakeOutcome, Counter> handled = new EnumMap<>(IntakeOutcome.class);

    MailIntake(CaseManagement cases, CustomerDirectory directory, Notifications notifications,
            InboundMailRepository inbox, MailIntakeProperties properties, PlatformTransactionManager transactions,
            Clock clock, MeterRegistry meters) {
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            handled.put(outcome, Counter.builder("casedesk.intake.mails")
                    .description("Mails from the support mailbox by what became of them").tag("outcome", outcome.name())
                    .register(meters));
        }
        this.cases = cases;
        this.directory = directory;
        this.notifications = notifications;
        this.inbox = inbox;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    IntakeOutcome receive(InboundMail mail) {
        Optional<InboundMailRecord> earlier = inbox.findByMessageId(mail.messageId());
        if (earlier.isPresent()) {
            log.info("{} from {} was handled before ({}); not again", mail.messageId(), mail.from(), earlier.get().outcome());
            return earlier.get().outcome();
        }
        try {
            return transaction.execute(status -> handle(mail));
        } catch (CasedeskException refused) {
            return transaction.execute(status -> reject(mail, refused.getMessage()));
        } catch (DataIntegrityViolationException concurrent) {
            return inbox.findByMessageId(mail.messageId()).map(InboundMailRecord::outcome).orElseThrow(() -> concurrent);
        }
    }

    /**
     * Records a message that could not be handled, with the reason; it goes to the failed folder either way (a record
     * that cannot be stored either is only logged).
     */
    void failed(String messageId, String from, String subject, String reason) {
        log.warn("Support mail {} from {} ('{}') could not be processed: {}", messageId, from, subject, reason);
        try {
            if (inbox.findByMessageId(messageId).isEmpty()) {
                transaction.executeWithoutResult(status -> record(messageId, InboundMailParser.storable(from),
                        InboundMailParser.storable(subject), IntakeOutcome.FAILED, null, InboundMailParser.storable(reason)));
            }
        } catch (RuntimeException unrecorded) {
            log.error("Support mail {} could not be recorded as failed either: {}", messageId, unrecorded.toString());
        }
    }

    private IntakeOutcome handle(InboundMail mail) {
        if (mail.ours() || mail.automatic()) {
            log.info("Ignored {} from {}: {}", mail.messageId(), mail.from(),
                    mail.ours() ? "sent by Casedesk" : "sent automatically");
            return record(mail, IntakeOutcome.IGNORED, null, null);
        }
        if (properties.requireAuthenticatedSender() && !mail.senderVouched()) {
            log.info("Refused {}: the mail server does not vouch for the sender {}", mail.messageId(), mail.from());
            return reject(mail, "Your email could not be verified as sent by " + mail.from() + ": its domain's "
                    + "sender authentication (DMARC, DKIM or SPF) did not pass. Send it from your organization's mail "
                    + "server, or use the portal.");
        }
        Optional<ContactInfo> contact = directory.contact(mail.from());
        if (contact.isEmpty()) {
            return reject(mail, null);
        }
        Caller caller = Caller.contact(contact.get().email(), contact.get().organization());
        String number = thread(mail);
        if (number != null && cases.find(number, caller).isPresent()) {
            CaseManagement.Reply reply = cases.reply(number, bodyOrSubject(withoutQuotedHistory(mail.text()), mail), caller);
            attach(reply.supportCase(), mail, caller);
            return record(mail, switch (reply.outcome()) {
                case COMMENTED -> IntakeOutcome.COMMENTED;
                case REOPENED -> IntakeOutcome.REOPENED;
                case FOLLOW_UP_OPENED -> IntakeOutcome.FOLLOW_UP_OPENED;
            }, reply.supportCase().number(), null);
        }
        if (!contact.get().isMpoc()) {
            return reject(mail, null);
        }
        NewCase request = new NewCase(caller.organization(), caller.login(), Channel.EMAIL,
                CaseType.valueOf(properties.caseType()), null, subject(mail), bodyOrSubject(mail.text(), mail), null, null);
        SupportCase opened = cases.open(request, caller, null).supportCase();
        attach(opened, mail, caller);
        return record(mail, IntakeOutcome.CASE_OPENED, opened.number(), null);
    }

    private IntakeOutcome reject(InboundMail mail, String detail) {
        Instant since = Instant.now(clock).minus(AUTO_REPLY_PAUSE);
        if (inbox.countBySenderAndOutcomeAndReceivedAtAfter(mail.from(), IntakeOutcome.REJECTED, since) > 0) {
            return record(mail, IntakeOutcome.REJECTED_QUIETLY, null, detail);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("detail", detail);
        model.put("originalSubject", mail.subject());
        String organization = directory.contact(mail.from()).map(ContactInfo::organization).orElse(null);
        notifications.send(new Notifications.Outgoing(NotificationKind.INTAKE_REJECTED, "intake:" + mail.messageId(),
                organization, null, null, mail.from(), model, true));
        return record(mail, IntakeOutcome.REJECTED, null, detail);
    }

    private void attach(SupportCase supportCase, InboundMail mail, Caller caller) {
        if (!mail.attachments().isEmpty()) {
            cases.attach(supportCase.number(), mail.attachments(), caller);
        }
        if (!mail.skipped().isEmpty()) {
            cases.addSystemNote(supportCase.number(), "Attachments of the customer's email left out because they are "
                    + "larger than " + properties.maxAttachmentSize() + " or too many: " + String.join(", ", mail.skipped()));
        }
    }

    private IntakeOutcome record(InboundMail mail, IntakeOutcome outcome, String caseNumber, String detail) {
        return record(mail.messageId(), mail.from(), mail.subject(), outcome, caseNumber, detail);
    }

    private IntakeOutcome record(String messageId, String from, String subject, IntakeOutcome outcome, String caseNumber,
            String detail) {
        inbox.saveAndFlush(new InboundMailRecord(messageId, from, subject, Instant.now(clock), outcome, caseNumber, detail));
        handled.get(outcome).increment();
        return outcome;
    }

    /**
     * The case a mail belongs to: the case number in its subject, or else the case of a mail it answers
     * ({@code In-Reply-To} or {@code References} naming one of our notifications, a case's thread or an earlier
     * mail of the customer), even when the subject lost its {@code [CS-…]} tag.
     */
    private String thread(InboundMail mail) {
        String number = caseNumber(mail.subject());
        if (number != null) {
            return number;
        }
        for (String reference : mail.references()) {
            Optional<String> answered = notifications.caseOfMessage(reference)
                    .or(() -> inbox.findByMessageId(reference).map(InboundMailRecord::caseNumber));
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        return null;
    }

    static String caseNumber(String subject) {
        Matcher matcher = CASE_NUMBER.matcher(subject == null ? "" : subject);
        return matcher.find() ? matcher.group() : null;
    }

    /** The reply without the quoted earlier messages that mail clients append. */
    static String withoutQuotedHistory(String text) {
        Matcher header = QUOTE_HEADER.matcher(text);
        String reply = header.find() ? text.substring(0, header.start()) : text;
        return reply.lines().filter(line -> !line.startsWith(">")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static String subject(InboundMail mail) {
        String subject = mail.subject().isBlank() ? "(no subject)" : mail.subject();
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }

    private static String bodyOrSubject(String text, InboundMail mail) {
        return text == null || text.isBlank() ? subject(mail) : text;
    }
}
