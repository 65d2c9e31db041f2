package io.casedesk.statuspage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.casedesk.customer.Caller;
import io.casedesk.maintenance.MaintenanceView;
import io.casedesk.maintenance.MaintenanceWindows;
import io.casedesk.mastercase.MasterCases;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.statuspage.Subscriptions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.HeadlessChromium;
import io.casedesk.support.PostgresIntegrationTest;

/**
 * The public status page in headless Chromium with a phone-sized window, on PostgreSQL: it shows an open
 * master case and an upcoming maintenance window; a reader subscribes to the master case, confirms by the
 * mailed link (asking twice mails once), receives the next update with an unsubscribe link, and after
 * unsubscribing receives no more.
 */
@PostgresIntegrationTest
class StatusPageBrowserIT {

    private static final String READER = "reader@example.org";
    private static final Caller MANAGER = Caller.agent("manager", Set.of("support-managers"));
    private static final Caller OPERATOR = Caller.agent("operator", Set.of("operators"));
    private static final Pattern LINK = Pattern.compile("(/status/subscriptions/(confirm|unsubscribe)/[A-Za-z0-9._-]+)");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium(412, 915);

    @LocalServerPort
    int port;
    @Autowired
    MasterCases masterCases;
    @Autowired
    MaintenanceWindows maintenance;
    @Autowired
    Notifications notifications;
    @Autowired
    Subscriptions subscriptions;

    @Test
    void aReaderFollowsAMasterCaseFromThePublicStatusPage() throws Exception {
        String master = masterCases.declare(new MasterCases.NewMasterCase("Calls fail on the SIP trunks",
                "Outbound calls fail with 503 on the SIP trunking platform", "SIP_TRUNKING", List.of()), MANAGER).number();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        MaintenanceView window = maintenance.announce(new MaintenanceWindows.NewWindow("Emergency SBC patch",
                "Patch the session border controllers", "A security fix that cannot wait", List.of("SIP_TRUNKING"),
                tomorrow, tomorrow.plus(Duration.ofHours(1)), true), OPERATOR);

        open("/status");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(master), "Calls fail on the SIP trunks"));
        String card = browser.driver().findElement(By.id("maintenance-" + window.id())).getText();
        String mountainStart = mountain(window.startsAt());
        assertThat(card).contains("Emergency SBC patch").contains("Why: A security fix that cannot wait")
                .contains(mountainStart).containsPattern("M[DS]T");
        assertThat(browser.driver().findElement(By.id("zone-note")).getText())
                .isEqualTo("Times are in Mountain Time (America/Denver).");
        browser.screenshot("status-page-phone");
        assertThat((Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0L);

        browser.driver().findElement(By.id("email")).sendKeys(READER);
        new Select(browser.driver().findElement(By.id("topic"))).selectByValue("MASTER_CASE:" + master);
        browser.clickThrough(By.id("subscribe-button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Check your mailbox"));

        subscriptions.subscribe(READER, "MASTER_CASE:" + master);
        open(link(mailTo(NotificationKind.SUBSCRIPTION_CONFIRMATION, master, 1)));
        browser.clickThrough(By.id("confirm"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Subscribed"));

        masterCases.postUpdate(master, "The carrier is rerouting traffic.", MANAGER);
        NotificationView update = mailTo(NotificationKind.STATUS_UPDATE, master, 1);
        assertThat(update.subject()).isEqualTo("Update " + master + ": Calls fail on the SIP trunks");
        assertThat(update.text()).contains("The carrier is rerouting traffic.").contains("Unsubscribe");
        open("/status");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(master), "The carrier is rerouting traffic."));

        open(link(update));
        browser.clickThrough(By.id("unsubscribe"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Unsubscribed"));
        masterCases.postUpdate(master, "Traffic is back on the primary route.", MANAGER);
        assertThat(mails(NotificationKind.STATUS_UPDATE, master)).as("no mail after unsubscribing").hasSize(1);

        ApiClient anonymous = ApiClient.onPort(port);
        var status = anonymous.get("/api/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("masterCases").findValues("number")).extracting(n -> n.asText()).contains(master);
        open("/status/subscriptions/confirm/1.forged");
        assertThat(browser.driver().findElement(By.id("error")).getText()).contains("not valid");
        open("/status/feed.atom");
        assertThat(browser.driver().getPageSource()).contains("Traffic is back on the primary route.")
                .contains("Why: A security fix that cannot wait").contains(mountainStart);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    /** The reader's mails of this kind about the master case (the database outlives a test run). */
    private List<NotificationView> mails(NotificationKind kind, String master) {
        return notifications.forEvents("").stream().filter(m -> m.kind() == kind && m.recipient().equals(READER)
                && m.subject().contains(master)).toList();
    }

    private NotificationView mailTo(NotificationKind kind, String master, int expected) {
        List<NotificationView> mails = mails(kind, master);
        assertThat(mails).hasSize(expected);
        return mails.get(expected - 1);
    }

    private static String link(NotificationView mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as(mail.text()).isTrue();
        return matcher.group(1);
    }

    /** How a reader in Mountain Time writes the moment, as the page must state it. */
    private static String mountain(Instant instant) {
        return instant.atZone(ZoneId.of("America/Denver")).format(DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a",
                Locale.US));
    }
}
