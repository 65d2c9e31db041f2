package io.casedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.customer.Caller;
import io.casedesk.customer.ContactRole;
import io.casedesk.customer.CustomerDirectory;
import io.casedesk.macd.Approval;
import io.casedesk.macd.MacdRequests;
import io.casedesk.mastercase.MasterCases;
import io.casedesk.project.ProjectView;
import io.casedesk.project.Projects;
import io.casedesk.statuspage.Subscriptions;
import io.casedesk.support.AgentActions;
import io.casedesk.support.HeadlessChromium;
import io.casedesk.supportcase.AttachmentInfo;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;

/**
 * What contacts do for themselves in the portal, in a real headless Chromium: raise a MACD request that an MPOC
 * approves on the case page, read the fee in BillCenter, find Solutions Center articles (also suggested while
 * writing a case), comment with a file, follow the incident's steps and its service issue, choose status
 * notices, and sign off a phase of an implementation project or send it back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class PortalSelfServiceBrowserIT {

    private static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    private static final Caller MANAGER = Caller.agent("manager", Set.of("support-managers"));

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    CaseManagement cases;
    @Autowired
    MacdRequests macdRequests;
    @Autowired
    MasterCases masterCases;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    Projects projects;

    @Test
    void aNonMpocRaisesAMacdRequestAnMpocApprovesItAndTheFeeShowsInBillCenter() throws Exception {
        signIn("bob.chen@acme.example");
        open("/portal/cases/new");
        assertThat(browser.driver().findElement(By.id("not-mpoc")).getText()).contains("MACD");
        assertThat(new Select(browser.driver().findElement(By.id("type"))).getOptions()).extracting(o -> o.getText())
                .containsExactly("Move / add / change / delete", "Billing request");
        assertThat(browser.driver().findElement(By.id("extension")).isDisplayed()).as("incident facts hidden").isFalse();
        new Select(browser.driver().findElement(By.id("macd.task"))).selectByVisibleText("Reset a password");
        browser.driver().findElement(By.id("subject")).sendKeys("Voicemail PIN for Dana");
        browser.driver().findElement(By.id("description")).sendKeys("Dana Ruiz forgot her voicemail PIN.");
        browser.driver().findElement(By.id("macd.accountId")).sendKeys("ACME-100");
        browser.driver().findElement(By.id("macd.userName")).sendKeys("Dana Ruiz");
        browser.screenshot("portal-new-macd");
        browser.clickThrough(By.xpath("//form[@id='new-case']//button[@type='submit' and @class='primary']"));

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Your case is open"));
        String number = browser.driver().findElement(By.id("case-title")).getText().split(":")[0];
        assertThat(browser.driver().findElement(By.id("macd")).getText()).contains("Reset a password", "bob.chen@acme.example");
        assertThat(browser.driver().findElement(By.id("macd-approval")).getText()).isEqualTo("Waiting for an MPOC");
        assertThat(browser.driver().findElements(By.id("macd-decision"))).as("only MPOCs decide").isEmpty();

        browser.driver().manage().deleteAllCookies();
        signIn("alice.morgan@acme.example");
        open("/portal/cases/" + number);
        browser.clickThrough(By.xpath("//form[@id='macd-decision']//button[@value='true']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "You approved the request"));
        assertThat(browser.driver().findElement(By.id("macd-approval")).getText()).isEqualTo("Approved");
        assertThat(macdRequests.view(number, ALICE).approval()).isEqualTo(Approval.APPROVED);
        browser.screenshot("portal-macd-approved");

        // outside extended business hours the work waits for the next business day: that time has come
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                .forEach(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .activityId("TimerEvent_BusinessDayStarts").list()
                        .forEach(job -> engine.getManagementService().executeJob(job.getId())));
        Task work = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
        String group = new AgentActions(engine).candidateGroups(work).get(0);
        new AgentActions(engine).complete(number, "support-24x7".equals(group) ? "night" : "provisioning", group,
                Map.of("workResult", "DONE", "minutesSpent", 20, "workNote", "New PIN mailed to Dana"));

        browser.driver().manage().deleteAllCookies();
        signIn("bob.chen@acme.example");
        browser.clickThrough(By.linkText("BillCenter"));
        String month = YearMonth.now(ZoneId.of("America/Denver")).toString();
        browser.clickThrough(By.cssSelector("a[href$='/portal/bills/" + month + "']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("statement"), number));
        assertThat(browser.driver().findElement(By.id("statement")).getText()).contains("Reset a password", "30", "USD 50.00");
        browser.screenshot("portal-billcenter-statement");
        String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[0]; fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv).startsWith("organization,month,case").contains(number + ",");

        directory.registerContact("ACME", "facilities@acme.example", "Acme Facilities", "Facilities", null,
                Set.of(ContactRole.MAINTENANCE));
        if (engine.getIdentityService().createUserQuery().userId("facilities@acme.example").count() == 0) {
            User facilities = engine.getIdentityService().newUser("facilities@acme.example");
            facilities.setPassword("demo");
            engine.getIdentityService().saveUser(facilities);
            engine.getIdentityService().createMembership("facilities@acme.example", Caller.CUSTOMER_CONTACTS_GROUP);
        }
        browser.driver().manage().deleteAllCookies();
        signIn("facilities@acme.example");
        assertThat(browser.driver().findElements(By.linkText("BillCenter"))).as("not a financial contact or MPOC")
                .isEmpty();
        open("/portal/bills");
        assertThat(browser.driver().findElement(By.id("problem")).getText()).startsWith("403");
    }

    @Test
    void theSolutionsCenterAnswersInTheContactsLanguageAndTheCaseFormSuggestsArticles() throws Exception {
        signIn("alice.morgan@acme.example");
        browser.clickThrough(By.linkText("Solutions Center"));
        browser.submitTyping(browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("q"))), "voicemail PIN");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("article-count"), "1 article found"));
        browser.clickThrough(By.linkText("Reset a user's password or voicemail PIN"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("article-body")));
        assertThat(browser.driver().findElement(By.cssSelector("#article-body ol")).getText()).contains("Reset password");
        browser.screenshot("portal-solutions-article");

        open("/portal/cases/new");
        new Select(browser.driver().findElement(By.id("productLine"))).selectByVisibleText("Microsoft Teams");
        browser.driver().findElement(By.id("subject")).sendKeys("Presence is wrong for the sales team");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"),
                "Microsoft Teams: presence wrong or calls not ringing"));
        assertThat(browser.driver().findElement(By.id("find-articles")).isDisplayed()).as("no button needed with script")
                .isFalse();
        browser.screenshot("portal-new-case-suggestions");

        browser.driver().manage().deleteAllCookies();
        signIn("maria.paredes@andes.example");
        open("/portal/solutions?q=contrase%C3%B1a");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("article-count"), "1 artículo encontrado"));
        assertThat(browser.driver().findElement(By.id("articles")).getText())
                .contains("Restablecer la contraseña o el PIN de buzón de un usuario");
    }

    @Test
    void aContactCommentsWithAFileAndIsToldWhenAFileIsTooLarge() throws Exception {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                "Calls drop after 30 seconds", "Every outbound call drops after 30 seconds.", null, null), ALICE, null)
                .supportCase().number();
        Path log = Files.createTempFile("sbc-log", ".txt");
        Files.writeString(log, "BYE sip:2041@acme.example after 30.0 s");
        Path huge = Files.createTempFile("capture", ".pcap");
        Files.write(huge, new byte[6 * 1024 * 1024]);

        signIn("alice.morgan@acme.example");
        open("/portal/cases/" + number);
        browser.driver().findElement(By.id("body")).sendKeys("Here is the SBC log of one dropped call.");
        browser.driver().findElement(By.id("comment-files")).sendKeys(log.toString());
        browser.clickThrough(By.xpath("//form[@id='comment-form']//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "comment was added"));
        assertThat(browser.driver().findElement(By.id("conversation")).getText())
                .contains("Here is the SBC log of one dropped call.", log.getFileName().toString());
        assertThat(cases.attachments(number, ALICE)).extracting(AttachmentInfo::filename)
                .containsExactly(log.getFileName().toString());

        browser.driver().findElement(By.id("body")).sendKeys("And a capture.");
        browser.driver().findElement(By.id("comment-files")).sendKeys(huge.toString());
        browser.clickThrough(By.xpath("//form[@id='comment-form']//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "The files are too large"));
        assertThat(browser.driver().findElement(By.id("problem")).getText()).contains("5 MB");
        browser.screenshot("portal-file-too-large");
        assertThat(cases.comments(number, ALICE)).extracting(CaseComment::body).doesNotContain("And a capture.");
        assertThat(cases.attachments(number, ALICE)).hasSize(1);
    }

    @Test
    void anIncidentShowsItsStepsTheFieldVisitAndItsServiceIssue() throws Exception {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                "No inbound audio", "Inbound calls have no audio at the main office",
                null, Map.of("extension", "2041", "direction", "INBOUND", "counterpartNumber", "+15551234567",
                        "occurredAt", "2026-03-06T15:10:00-07:00")), ALICE, null).supportCase().number();
        AgentActions agents = new AgentActions(engine);
        agents.planFieldVisit(number);
        agents.complete(number, "dispatch", "field-dispatch", Map.of("technician", "tech", "siteName", "Main office",
                "siteAddress", "1600 Broadway, Denver", "siteClass", "MAIN_CITY"));
        String master = masterCases.declare(new MasterCases.NewMasterCase("SIP trunk audio failures",
                "Inbound audio fails on one media gateway", "SIP_TRUNKING", List.of(number)), MANAGER).number();

        signIn("alice.morgan@acme.example");
        open("/portal/cases/" + number);
        assertThat(browser.driver().findElement(By.id("incident")).getText())
                .contains("1. Reception", "2. Registration and documentation", "3. Diagnosis", "4. Field dispatch");
        assertThat(browser.driver().findElement(By.id("field-visit")).getText()).contains("tech", "Main office",
                "(America/Denver)");
        assertThat(browser.driver().findElement(By.id("links")).getText())
                .contains("Part of the service issue", master + ": SIP trunk audio failures");
        browser.screenshot("portal-incident-steps");
    }

    @Test
    void aContactChoosesItsStatusNotices() throws Exception {
        signIn("alice.morgan@acme.example");
        browser.clickThrough(By.linkText("Status notices"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//label[text()='SIP trunking']"))).click();
        browser.driver().findElement(By.xpath("//label[text()='Microsoft Teams']")).click();
        browser.clickThrough(By.xpath("//main//button[@type='submit']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "saved"));
        assertThat(subscriptions.followedBy(ALICE)).containsExactlyInAnyOrder("PLATFORM:SIP_TRUNKING",
                "PLATFORM:MICROSOFT_TEAMS");

        browser.driver().findElement(By.xpath("//label[text()='Microsoft Teams']")).click();
        browser.clickThrough(By.xpath("//main//button[@type='submit']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "saved"));
        assertThat(subscriptions.followedBy(ALICE)).containsExactly("PLATFORM:SIP_TRUNKING");
    }

    @Test
    void anMpocSignsOffAProjectPhaseAndSendsTheNextOneBack() throws Exception {
        ProjectView project = projects.start(new Projects.NewProject("ACME", "MICROSOFT_TEAMS", "Teams Phone rollout",
                "Three sites, 120 users."), MANAGER);
        new AgentActions(engine).complete("PRJ-" + project.id(), "projects", "implementation",
                Map.of("deliverables", "Requirements workshop held; constraints documented."));

        signIn("alice.morgan@acme.example");
        browser.clickThrough(By.linkText("Projects"));
        browser.clickThrough(By.linkText("Teams Phone rollout"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("project-status"),
                "Waiting for your sign-off"));
        assertThat(browser.driver().findElement(By.id("sign-off")).getText()).contains("Requirements workshop held");
        browser.screenshot("portal-project-sign-off");
        browser.clickThrough(By.xpath("//section[@id='sign-off']//button[@value='true']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "next one begins"));
        assertThat(browser.driver().findElement(By.id("project-phase")).getText()).isEqualTo("2. Detailed design");

        new AgentActions(engine).complete("PRJ-" + project.id(), "projects", "implementation",
                Map.of("deliverables", "Design document v1"));
        open("/portal/projects/" + project.id());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("signoff-comment")))
                .sendKeys("The dial plan of the Denver site is missing.");
        browser.clickThrough(By.xpath("//section[@id='sign-off']//button[@value='false']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "works on it again"));
        assertThat(browser.driver().findElement(By.id("project-history")).getText()).contains("Sent back",
                "The dial plan of the Denver site is missing.");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("PRJ-" + project.id())
                .singleResult().getTaskDefinitionKey()).isEqualTo("Task_WorkOnPhase");
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        open("/portal/login");
        browser.signIn(user, "demo");
        browser.waitFor(ExpectedConditions.urlContains("/portal/cases"));
    }
}
