package io.casedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.customer.Caller;
import io.casedesk.support.AgentActions;
import io.casedesk.support.ApiClient;
import io.casedesk.support.HeadlessChromium;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * Staff find any case, open or closed, in the desk ({@code /desk/}) in a real headless Chromium, and read its
 * case page; contacts never reach the desk, and the API searches the same way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class DeskBrowserIT {

    private static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    private static final Caller MARIA = Caller.contact("maria.paredes@andes.example", "ANDES");
    private static final Caller LENA = Caller.agent("l1", Set.of("support-l1"));

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    CaseManagement cases;
    @Autowired
    ProcessEngine engine;

    @Test
    void staffSearchFindsAClosedCaseByAWordOfItsDescription() throws Exception {
        String number = closedCase("Fax line hums", "The fax machine in the warehouse hears a loud quokkahum on every call.");
        assertThat(cases.get(number, LENA).status()).isEqualTo(CaseStatus.CLOSED);

        signIn("l1");
        WebElement words = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("q")));
        browser.submitTyping(words, "QUOKKAHUM");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1 case found"));
        WebElement row = browser.driver().findElement(By.xpath("//table//tr[td/a[normalize-space()='" + number + "']]"));
        assertThat(row.getText()).contains("Fax line hums", "Closed", "ACME");
        browser.screenshot("desk-search");

        browser.clickThrough(row.findElement(By.linkText(number)));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), number));
        assertThat(browser.driver().findElement(By.id("case-status")).getText()).isEqualTo("Closed");
        assertThat(browser.driver().findElement(By.id("zone-note")).getText()).contains("America/Denver");
        assertThat(browser.driver().findElement(By.id("history")).getText()).contains("Resolved", "Closed");
        assertThat(browser.driver().findElement(By.id("notifications")).getText()).contains("alice.morgan@acme.example");
        browser.screenshot("desk-case");
    }

    @Test
    void theDeskFitsAPhoneAndSpeaksSpanish() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        signIn("l1");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("q")));
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no sideways scrolling on a phone").isEqualTo(Boolean.TRUE);
        browser.screenshot("desk-search-phone");

        HttpResponse<String> spanish = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/desk/login")).header("Accept-Language", "es-EC,es;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spanish.body()).contains("Entrar al escritorio de Casedesk", "<label for=\"password\">Contraseña</label>");
    }

    @Test
    void staffPublishAnArticleThatCustomersThenFindInTheSolutionsCenter() throws Exception {
        signIn("l2");
        browser.clickThrough(By.linkText("Solutions Center"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("articles"), "create-a-user"));
        browser.clickThrough(By.linkText("Write an article"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("slug"))).sendKeys("webex-recording-download");
        browser.driver().findElement(By.id("title")).sendKeys("Download a Webex recording");
        browser.driver().findElement(By.id("body")).sendKeys("1. Open **Recordings** in Webex.\n2. Choose the quokkasong "
                + "recording and **Download**.");
        new Select(browser.driver().findElement(By.id("productLines"))).selectByVisibleText("Cisco / Webex");
        browser.driver().findElement(By.id("tags")).sendKeys("recording, download");
        browser.screenshot("desk-article");
        browser.clickThrough(By.xpath("//form[@id='article-form']//button[@type='submit']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "saved"));

        browser.driver().manage().deleteAllCookies();
        browser.driver().get("http://localhost:" + port + "/portal/login");
        browser.signIn("jose.vargas@tico.example", "demo");
        browser.waitFor(ExpectedConditions.urlContains("/portal/cases"));
        browser.driver().get("http://localhost:" + port + "/portal/solutions?q=quokkasong&lang=en");
        browser.clickThrough(By.linkText("Download a Webex recording"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("article-body"), "Download"));
        assertThat(browser.driver().findElement(By.cssSelector("#article-body ol")).getText())
                .contains("Choose the quokkasong recording and Download.");
    }

    @Test
    void contactsNeverReachTheDesk() {
        signIn("alice.morgan@acme.example");
        browser.waitFor(ExpectedConditions.urlContains("/desk/"));
        assertThat(browser.driver().getPageSource()).contains("may not use /desk/").doesNotContain("Find cases");
        assertThat(ApiClient.onPort(port).as("alice.morgan@acme.example", "demo").get("/desk/").status())
                .isIn(302, 401, 403);
    }

    @Test
    void theApiSearchesOpenAndClosedCasesAndContactsOnlyTheirOwn() {
        String closed = closedCase("Voicemail greeting garbled", "The greeting sounds like a wombatwhistle since Monday.");
        String andes = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX",
                "Saludo con ruido", "El saludo suena como wombatwhistle desde el lunes.", null, null), MARIA, null)
                .supportCase().number();
        var staff = ApiClient.onPort(port).as("l1", "demo").get("/api/cases?q=wombatwhistle");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().path("items").findValuesAsText("number")).contains(closed, andes);

        var alice = ApiClient.onPort(port).as("alice.morgan@acme.example", "demo").get("/api/cases?q=WombatWhistle");
        assertThat(alice.json().path("items").findValuesAsText("number")).contains(closed).doesNotContain(andes);

        var byNumber = ApiClient.onPort(port).as("l1", "demo").get("/api/cases?q=" + closed + "&status=CLOSED");
        assertThat(byNumber.json().path("items").findValuesAsText("number")).containsExactly(closed);
        var badDate = ApiClient.onPort(port).as("l1", "demo").get("/api/cases?openedFrom=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
    }

    private String closedCase(String subject, String description) {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS", subject,
                description, null, null), ALICE, null).supportCase().number();
        AgentActions agents = new AgentActions(engine);
        agents.triage(number);
        agents.work(number, Map.of("workAction", "RESOLVE", "resolutionNote", "Replaced the line filter."));
        cases.answerResolution(number, true, "Works again, thanks", ALICE);
        return number;
    }

    private void signIn(String user) {
        if (!browser.driver().getCurrentUrl().contains("/desk/login")) {
            browser.driver().get("http://localhost:" + port + "/desk/");
        }
        browser.signIn(user, "demo");
    }
}
