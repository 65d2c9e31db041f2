package io.casedesk.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.common.InvalidRequestException;
import io.casedesk.common.NotFoundException;
import io.casedesk.common.NotPermittedException;
import io.casedesk.customer.Caller;
import io.casedesk.maintenance.MaintenanceNoticed;
import io.casedesk.mastercase.MasterCasePosted;
import io.casedesk.mastercase.MasterCaseView;
import io.casedesk.mastercase.MasterCases;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationProperties;
import io.casedesk.notification.Notifications;
import io.casedesk.supportcase.CaseSettings;

/**
 * Email subscriptions to the status page, with double opt-in: a new subscription receives nothing until its
 * address confirms it by the mailed link, and every mail carries a link that ends it. Unconfirmed
 * subscriptions are forgotten after a week.
 */
@Service
@Transactional
public class Subscriptions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final Duration CONFIRMATION_TIME = Duration.ofDays(7);

    /** What a subscription page shows about its subscription. */
    public record Page(String email, String topic, boolean confirmed) {
    }

    private final SubscriptionRepository subscriptions;
    private final SignedLinks links;
    private final MasterCases masterCases;
    private final CaseSettings caseSettings;
    private final Notifications notifications;
    private final NotificationProperties notificationProperties;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, SignedLinks links, MasterCases masterCases,
            CaseSettings caseSettings, Notifications notifications, NotificationProperties notificationProperties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.links = links;
        this.masterCases = masterCases;
        this.caseSettings = caseSettings;
        this.notifications = notifications;
        this.notificationProperties = notificationProperties;
        this.clock = clock;
    }

    /** What may be followed now: every platform, and each open master case. */
    @Transactional(readOnly = true)
    public Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        for (MasterCaseView master : masterCases.current(Instant.now(clock))) {
            if (master.open()) {
                topics.put(new Topic(Topic.Kind.MASTER_CASE, master.number()).toString(),
                        master.number() + ": " + master.title());
            }
        }
        for (String line : caseSettings.productLines()) {
            topics.put(new Topic(Topic.Kind.PLATFORM, line).toString(), "Every notice about " + line);
        }
        return topics;
    }

    /**
     * Records the wish and mails the confirmation link; nothing else is sent before it is confirmed. Asking
     * again for the same address and choice sends nothing more, so the form cannot flood a mailbox.
     */
    public void subscribe(String email, String topicText) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidRequestException("Enter a valid email address.");
        }
        Topic topic = Topic.parse(topicText);
        forgetUnconfirmed();
        Map<String, String> topics = topics();
        if (!topics.containsKey(topic.toString())) {
            throw new InvalidRequestException("There is nothing to follow under " + topic + ".");
        }
        if (subscriptions.findByEmailAndTopicKindAndTopic(address, topic.kind(), topic.value()).isPresent()) {
            return; // confirmed already, or its confirmation mail is on its way: one mail per address and week
        }
        Subscription subscription = subscriptions.saveAndFlush(new Subscription(address, topic, Instant.now(clock)));
        Map<String, Object> model = new HashMap<>();
        model.put("topicLabel", topics.get(topic.toString()));
        model.put("confirmUrl", url("/status/subscriptions/confirm/",
                links.token(SignedLinks.Purpose.CONFIRM, subscription.id(), address)));
        notifications.send(new Notifications.Outgoing(NotificationKind.SUBSCRIPTION_CONFIRMATION,
                "subscription-" + subscription.id() + "-confirm", null, null, null,
                address, model, false));
    }

    /** What the signed-in contact follows, as topics ({@code PLATFORM:SIP_TRUNKING}), confirmed or not. */
    @Transactional(readOnly = true)
    public List<String> followedBy(Caller contact) {
        return subscriptions.findByEmailOrderById(address(contact)).stream().map(s -> s.topic().toString()).toList();
    }

    /**
     * The signed-in contact follows exactly the chosen topics: new ones start at once (the login's address is
     * known to be the contact's, so there is nothing to confirm), the others end.
     */
    public List<String> follow(Caller contact, Collection<String> chosen) {
        String address = address(contact);
        Map<String, String> topics = topics();
        Set<Topic> wanted = new LinkedHashSet<>();
        for (String text : chosen) {
            Topic topic = Topic.parse(text);
            if (!topics.containsKey(topic.toString())) {
                throw new InvalidRequestException("There is nothing to follow under " + topic + ".");
            }
            wanted.add(topic);
        }
        for (Subscription existing : subscriptions.findByEmailOrderById(address)) {
            if (!wanted.remove(existing.topic())) {
                if (topics.containsKey(existing.topic().toString())) {
                    subscriptions.delete(existing);
                }
            } else {
                existing.confirm();
            }
        }
        for (Topic topic : wanted) {
            Subscription subscription = new Subscription(address, topic, Instant.now(clock));
            subscription.confirm();
            subscriptions.save(subscription);
        }
        subscriptions.flush();
        return followedBy(contact);
    }

    private static String address(Caller contact) {
        if (!contact.isContact()) {
            throw new NotPermittedException("Only customer contacts manage their subscriptions here.");
        }
        return contact.login().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Page page(String token, boolean forUnsubscribe) {
        Subscription subscription = subscription(token,
                forUnsubscribe ? SignedLinks.Purpose.UNSUBSCRIBE : SignedLinks.Purpose.CONFIRM);
        return new Page(subscription.email(), label(subscription.topic()), subscription.confirmed());
    }

    public Page confirm(String token) {
        Subscription subscription = subscription(token, SignedLinks.Purpose.CONFIRM);
        subscription.confirm();
        return new Page(subscription.email(), label(subscription.topic()), true);
    }

    /** Ends the subscription; the address is deleted. */
    public Page unsubscribe(String token) {
        Subscription subscription = subscription(token, SignedLinks.Purpose.UNSUBSCRIBE);
        subscriptions.delete(subscription);
        return new Page(subscription.email(), label(subscription.topic()), false);
    }

    /** Forgets subscriptions nobody confirmed within a week. */
    public long forgetUnconfirmed() {
        return subscriptions.deleteByConfirmedFalseAndCreatedAtBefore(Instant.now(clock).minus(CONFIRMATION_TIME));
    }

    @EventListener
    void on(MasterCasePosted posted) {
        MasterCaseView master = posted.masterCase();
        String headline = switch (posted.stage()) {
            case OPENED -> "Service issue " + master.number() + ": " + master.title();
            case UPDATE -> "Update " + master.number() + ": " + master.title();
            case RESOLVED -> "Resolved " + master.number() + ": " + master.title();
        };
        tell(subscriptions.findByConfirmedTrueAndTopicKindAndTopicIn(Topic.Kind.MASTER_CASE, List.of(master.number())),
                headline, posted.text(), posted.key());
        if (master.productLine() != null) {
            tell(subscriptions.findByConfirmedTrueAndTopicKindAndTopicIn(Topic.Kind.PLATFORM, List.of(master.productLine())),
                    headline, posted.text(), posted.key());
        }
    }

    @EventListener
    void on(MaintenanceNoticed noticed) {
        var window = noticed.window();
        String headline = switch (noticed.stage()) {
            case ANNOUNCED -> "Upcoming maintenance: ";
            case STARTED -> "Maintenance started: ";
            case COMPLETED -> "Maintenance completed: ";
            case RESCHEDULED -> "Maintenance moved: ";
            case CANCELLED -> "Maintenance cancelled: ";
        } + window.title();
        String text = window.startsAt() + " to " + window.endsAt() + " (UTC), " + String.join(", ", window.productLines())
                + "\n" + window.description() + "\n" + window.justification()
                + (window.changeReason() == null ? "" : "\n" + window.changeReason());
        tell(subscriptions.findByConfirmedTrueAndTopicKindAndTopicIn(Topic.Kind.PLATFORM, window.productLines()),
                headline, text, noticed.key());
    }

    private void tell(List<Subscription> recipients, String headline, String text, String key) {
        for (Subscription subscription : recipients) {
            Map<String, Object> model = new HashMap<>();
            model.put("headline", headline);
            model.put("message", text);
            model.put("unsubscribeUrl", url("/status/subscriptions/unsubscribe/",
                    links.token(SignedLinks.Purpose.UNSUBSCRIBE, subscription.id(), subscription.email())));
            notifications.send(new Notifications.Outgoing(NotificationKind.STATUS_UPDATE,
                    key + "-subscriber-" + subscription.id(), null, null, null, subscription.email(), model, false));
        }
    }

    private Subscription subscription(String token, SignedLinks.Purpose purpose) {
        Subscription subscription = subscriptions.findById(links.subscriptionId(token))
                .orElseThrow(() -> new NotFoundException("This link is not valid, or the subscription has ended."));
        if (!links.matches(token, purpose, subscription.id(), subscription.email())) {
            throw new NotFoundException("This link is not valid, or the subscription has ended.");
        }
        return subscription;
    }

    private String label(Topic topic) {
        return topic.kind() == Topic.Kind.PLATFORM ? "every notice about " + topic.value() : "master case " + topic.value();
    }

    private String url(String path, String token) {
        return notificationProperties.publicUrl().toString().replaceAll("/$", "") + path + token;
    }
}
