package io.casedesk.customer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.GoneException;
import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.Sha256;

/**
 * The logins of customer contacts in Camunda's identity store: a new contact gets a user without a usable
 * password and a set-password link by mail ({@link PasswordLinkIssued}); a removed contact's user is deleted, so it
 * can no longer sign in.
 */
@Service
public class ContactLogins {

    /** How long a set-password link can be used. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(7);
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** How often a contact may ask for a new password link. */
    public static final Duration RESET_INTERVAL = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final CustomerDirectory directory;
    private final PasswordLinkRepository links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactLogins(IdentityService identityService, CustomerDirectory directory, PasswordLinkRepository links,
            ApplicationEventPublisher events, Clock clock) {
        this.identityService = identityService;
        this.directory = directory;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** Gives the contact a login without a password, when it has none, and mails the set-password link. */
    @Transactional
    public void open(ContactInfo contact) {
        if (identityService.createUserQuery().userId(contact.email()).count() == 0) {
            User user = identityService.newUser(contact.email());
            int space = contact.name().indexOf(' ');
            user.setFirstName(space > 0 ? contact.name().substring(0, space) : contact.name());
            user.setLastName(space > 0 ? contact.name().substring(space + 1) : contact.organization());
            user.setEmail(contact.email());
            // no usable password until the contact chooses one: a random secret nobody is told
            user.setPassword(secret());
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(contact.email()).memberOfGroup(Caller.CUSTOMER_CONTACTS_GROUP)
                .count() == 0) {
            identityService.createMembership(contact.email(), Caller.CUSTOMER_CONTACTS_GROUP);
        }
        issueLink(contact, false);
    }

    /**
     * A contact forgot its password: a set-password link goes to its address, at most one per
     * {@link #RESET_INTERVAL}. Nothing tells the asker whether the address belongs to a contact.
     */
    @Transactional
    public void requestReset(String email) {
        ContactInfo contact = directory.contact(email).orElse(null);
        if (contact == null || identityService.createUserQuery().userId(contact.email()).count() == 0) {
            return;
        }
        Instant recent = clock.instant().minus(RESET_INTERVAL);
        if (links.findByEmail(contact.email()).stream().anyMatch(link -> link.createdAfter(recent))) {
            return;
        }
        issueLink(contact, true);
    }

    /** A new set-password link for the contact (earlier ones stay valid until used or expired). */
    private void issueLink(ContactInfo contact, boolean reset) {
        String token = secret();
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_VALIDITY);
        links.save(new PasswordLink(Sha256.hex(token), contact.email(), now, expires));
        events.publishEvent(new PasswordLinkIssued(contact.organization(), contact.email(), contact.name(), token, expires,
                reset));
    }

    /** The login a link sets the password of; refused when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    public String loginOf(String token) {
        return usable(token).email();
    }

    /** Sets the password the link is for, once. */
    @Transactional
    public String setPassword(String token, String password, String repeated) {
        PasswordLink link = usable(token);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (!password.equals(repeated)) {
            throw new InvalidRequestException("The two passwords differ.");
        }
        User user = identityService.createUserQuery().userId(link.email()).singleResult();
        if (user == null) {
            throw new GoneException("This login was removed; ask your organization's administrator.");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        // attempts with the old (unknown) password no longer hold the login back
        identityService.unlockUser(link.email());
        link.use(clock.instant());
        return link.email();
    }

    /** The contact can no longer sign in: its user is deleted, its unused links with it. */
    @Transactional
    public void close(String email) {
        if (identityService.createUserQuery().userId(email).count() > 0) {
            identityService.deleteUser(email);
        }
        links.findByEmail(email).forEach(link -> link.use(clock.instant()));
    }

    private static String secret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private PasswordLink usable(String token) {
        PasswordLink link = token == null ? null : links.findById(Sha256.hex(token)).orElse(null);
        if (link == null || !link.usableAt(clock.instant())) {
            throw new GoneException("This link is unknown, used or expired. Ask your organization's administrator or"
                    + " support for a new one.");
        }
        return link;
    }
}
