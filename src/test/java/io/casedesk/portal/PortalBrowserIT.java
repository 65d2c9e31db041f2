package io.casedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.customer.Caller;
import io.casedesk.escalation.Escalations;
import io.casedesk.support.AgentActions;
import io.casedesk.support.HeadlessChromium;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * Customer contacts in the portal ({@code /portal/}) with a real headless Chromium: sign-in, their
 * organization's cases, a case page with the conversation, opening a case, confirming and reopening, Spanish
 * pages for a Spanish-speaking organization; staff and other organizations' cases stay out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class PortalBrowserIT {

    private static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    CaseManagement cases;
    @Autowired
    Escalations escalations;
    @Autowired
    ProcessEngine engine;

    @Test
    void aContactFindsItsCaseAndAnswersOnItsPage() throws Exception {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS",
                "Teams presence stuck on away", "Every wombatpresence in the sales team shows away.", null, null),
                ALICE, null).supportCase().number();

        signIn("alice.morgan@acme.example", "demo");
        browser.submitTyping(browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("q"))), "wombatpresence");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1 case found"));
        String row = browser.driver().findElement(By.id("cases")).getText();
        assertThat(row).contains(number, "Teams presence stuck on away", "New", "P4 – low", "Microsoft Teams",
                "(America/Denver)");
        browser.screenshot("portal-cases");

        browser.clickThrough(By.linkText(number));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), number));
        browser.driver().findElement(By.id("body")).sendKeys("It also happens on the mobile app.");
        browser.clickThrough(By.xpath("//form[.//textarea[@id='body']]//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "comment was added"));
        assertThat(browser.driver().findElement(By.id("conversation")).getText())
                .contains("It also happens on the mobile app.", "alice.morgan@acme.example");
        browser.screenshot("portal-case");
        List<String> comments = cases.comments(number, ALICE).stream().map(CaseComment::body).toList();
        assertThat(comments).contains("It also happens on the mobile app.");
    }

    @Test
    void anMpocOpensAnIncidentWithAFileAndANonMpocIsToldWhoMay() throws Exception {
        Path trace = Files.createTempFile("sip-trace", ".txt");
        Files.writeString(trace, "INVITE sip:2041@acme.example SIP/2.0");
        signIn("alice.morgan@acme.example", "demo");
        browser.clickThrough(By.linkText("Open a case"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("p4-notice")));
        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Incident");
        new Select(browser.driver().findElement(By.id("productLine"))).selectByVisibleText("SIP trunking");
        browser.driver().findElement(By.id("subject")).sendKeys("No inbound audio on the trunk");
        browser.driver().findElement(By.id("description")).sendKeys("Callers cannot be heard since 9:40.");
        browser.driver().findElement(By.id("extension")).sendKeys("2041");
        new Select(browser.driver().findElement(By.id("direction"))).selectByVisibleText("Inbound");
        assertThat(browser.driver().findElement(By.cssSelector("label[for='occurredAt']")).getText())
                .isEqualTo("When it happened (America/Denver)");
        browser.driver().findElement(By.id("files")).sendKeys(trace.toString());
        browser.screenshot("portal-new-case");
        browser.clickThrough(By.xpath("//form[@id='new-case']//button[@class='primary']"));

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Your case is open"));
        String number = browser.driver().findElement(By.id("case-title")).getText().split(":")[0];
        assertThat(browser.driver().findElement(By.id("attachments")).getText()).contains(trace.getFileName().toString());
        var opened = cases.get(number, ALICE);
        assertThat(opened.channel()).isEqualTo(Channel.PORTAL);
        assertThat(opened.priority()).hasToString("P4");
        assertThat(opened.details()).containsEntry("extension", "2041").containsEntry("direction", "INBOUND");

        browser.driver().manage().deleteAllCookies();
        signIn("bob.chen@acme.example", "demo");
        browser.driver().get("http://localhost:" + port + "/portal/cases/new");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText()).contains("MPOC");
        assertThat(new Select(browser.driver().findElement(By.id("type"))).getOptions()).extracting(o -> o.getText())
                .as("a financial contact who is not an MPOC raises MACD and billing requests only")
                .containsExactly("Move / add / change / delete", "Billing request");
    }

    @Test
    void aContactConfirmsTheResolutionReopensTheCaseAndAsksForEscalation() throws Exception {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS",
                "Meeting recordings missing", "Recordings of Monday's meetings are not in the channel.", null, null),
                ALICE, null).supportCase().number();
        AgentActions agents = new AgentActions(engine);
        agents.triage(number);
        agents.work(number, Map.of("workAction", "RESOLVE", "resolutionNote", "Recording storage re-enabled."));

        signIn("alice.morgan@acme.example", "demo");
        browser.driver().get("http://localhost:" + port + "/portal/cases/" + number);
        browser.clickThrough(By.xpath("//section[@id='resolution']//button[@value='true']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "the case is closed"));
        assertThat(browser.driver().findElement(By.id("case-status")).getText()).isEqualTo("Closed");

        browser.driver().findElement(By.id("reopen-reason")).sendKeys("Tuesday's recordings are missing too.");
        browser.clickThrough(By.xpath("//section[@id='reopen']//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "open again"));
        assertThat(browser.driver().findElement(By.id("case-status")).getText()).isEqualTo("Reopened by the customer");

        browser.driver().findElement(By.id("escalation-reason")).sendKeys("The CEO's board meeting is affected.");
        browser.clickThrough(By.xpath("//section[@id='escalation']//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "escalation was passed on"));
        browser.screenshot("portal-case-escalated");
        assertThat(escalations.level(number)).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsCaseIsUnknownAndStaffAreRefused() {
        String acme = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX", "Hold music",
                "No hold music", null, null), ALICE, null).supportCase().number();
        signIn("maria.paredes@andes.example", "demo");
        browser.driver().get("http://localhost:" + port + "/portal/cases/" + acme);
        assertThat(browser.driver().getPageSource()).contains("404").doesNotContain("No hold music");

        browser.driver().manage().deleteAllCookies();
        browser.driver().get("http://localhost:" + port + "/portal/login");
        // the browser asks for an email address; staff logins are none, so the test lifts that check to see the
        // server refuse a staff login that got through
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('username').type = 'text'");
        signIn("l1", "demo");
        browser.waitFor(ExpectedConditions.urlContains("/portal/login?error"));
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText()).contains("desk");
    }

    @Test
    void aSpanishSpeakingOrganizationReadsSpanishOnAPhone() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        signIn("maria.paredes@andes.example", "demo");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Casos de Andes"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for='q']")).getText())
                .isEqualTo("Número, o palabras del asunto y la descripción");
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no sideways scrolling on a phone").isEqualTo(Boolean.TRUE);
        browser.screenshot("portal-cases-es-phone");

        browser.clickThrough(By.linkText("English"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cases of Andes"));
    }

    private void signIn(String user, String password) {
        if (!browser.driver().getCurrentUrl().contains("/portal/login")) {
            browser.driver().get("http://localhost:" + port + "/portal/login");
        }
        browser.signIn(user, password);
    }
}
