package io.casedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.support.DeliveryJobs;
import io.casedesk.support.HeadlessChromium;

/**
 * A contact who forgot its password asks for a link on the portal's sign-in page, gets it by mail from a real SMTP
 * server (GreenMail), chooses a new password with it in a real headless Chromium and signs in; the link works once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=localhost", "spring.mail.port=3025",
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class PortalPasswordBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/portal/password/[A-Za-z0-9_-]+)");

    static GreenMail mailServer;

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    ProcessEngine engine;

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
    void aContactWhoForgotItsPasswordChoosesANewOneFromTheMailedLink() throws Exception {
        browser.driver().get("http://localhost:" + port + "/portal/login");
        browser.clickThrough(By.partialLinkText("?"));
        browser.submitTyping(browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("email"))),
                "finanzas@tico.example");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reset-requested")));

        List<NotificationView> mails = notifications.forEvents("password-finanzas@tico.example-");
        assertThat(mails).hasSize(1);
        DeliveryJobs.deliver(engine, mails.get(0));
        MimeMessage[] received = mailServer.getReceivedMessagesForDomain("finanzas@tico.example");
        assertThat(received).hasSize(1);
        String text = GreenMailUtil.getBody(received[0]).replace("=\r\n", "").replace("=3D", "=");
        assertThat(received[0].getSubject()).isNotBlank();
        assertThat(text).contains("contrase");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String path = link.group(1).substring(link.group(1).indexOf("/portal/"));

        browser.driver().get("http://localhost:" + port + path);
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys("cafe-con-leche-7");
        browser.submitTyping(browser.driver().findElement(By.id("repeated")), "cafe-con-leche-7");
        browser.clickThrough(By.id("sign-in"));
        browser.signIn("finanzas@tico.example", "cafe-con-leche-7");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tico Servicios"));

        browser.driver().get("http://localhost:" + port + path);
        assertThat(browser.driver().getPageSource()).as("the link works once").doesNotContain("id=\"repeated\"");
    }
}
