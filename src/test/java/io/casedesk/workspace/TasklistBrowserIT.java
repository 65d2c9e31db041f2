package io.casedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.customer.Caller;
import io.casedesk.project.ProjectView;
import io.casedesk.project.Projects;
import io.casedesk.macd.MacdRequests;
import io.casedesk.maintenance.MaintenanceKind;
import io.casedesk.maintenance.MaintenanceView;
import io.casedesk.maintenance.MaintenanceWindows;
import io.casedesk.support.AgentActions;
import io.casedesk.support.HeadlessChromium;
import io.casedesk.supportcase.CaseManagement;
import io.casedesk.supportcase.CaseStatus;
import io.casedesk.supportcase.CaseType;
import io.casedesk.supportcase.Channel;
import io.casedesk.supportcase.NewCase;
import io.casedesk.supportcase.CaseComment;
import io.casedesk.supportcase.CaseFilter;
import io.casedesk.supportcase.Priority;
import io.casedesk.supportcase.SupportCase;
import io.casedesk.supportcase.SupportCaseProcess;

/**
 * Agents work cases in Camunda Tasklist with a real headless Chromium: they log in, find the case in
 * "My groups' queue", claim the task, fill its Camunda Form and complete it (level 1 triages, level 2
 * escalates to level 3). A customer contact, by contrast, cannot use Tasklist at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // Selenium warns on every start that it has no DevTools (CDP) support for this Chromium; the test
        // uses WebDriver only
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
// the Camunda webapps keep their runtime delegates JVM-wide: closing another test's application (as every PostgreSQL
// test class does) clears them, and this application's Tasklist would answer 500. A fresh application sets them again.
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class TasklistBrowserIT {

    private static final Caller ALICE = Caller.contact("alice.morgan@acme.example", "ACME");
    private static final Caller LENA = Caller.agent("l1", Set.of(StaffGroup.SUPPORT_L1.id()));

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    Projects projects;
    @Autowired
    MaintenanceWindows maintenance;
    @Autowired
    MacdRequests macdRequests;
    @Autowired
    CaseManagement cases;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void levelOneAgentTriagesCaseInTasklist() {
        String subject = "Teams calls drop after two minutes";
        SupportCase opened = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS",
                subject, "Every external Teams call at the Denver site drops after about two minutes.", null, null),
                ALICE, null).supportCase();
        String number = opened.number();

        logInto("tasklist", "l1", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Triage case", number);
        claim();

        WebElement summary = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-form')]//h3[contains(., '" + number + "')]")));
        assertThat(summary.getText()).isEqualTo(number + ": " + subject);

        choose("Priority", "P2 – partial or intermittent loss of a critical service");
        choose("Type", "Service request");
        choose("Product line", "Microsoft Teams");
        choose("Assign to", "Support level 2");
        complete();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(taskInList("Triage case", number)));

        SupportCase triaged = cases.get(number, LENA);
        assertThat(triaged.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(triaged.priority()).isEqualTo(Priority.P2);
        assertThat(triaged.assignedGroup()).isEqualTo(StaffGroup.SUPPORT_L2.id());
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(SupportCaseProcess.PROCESS_ID).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly(SupportCaseProcess.TASK_WORK);
        String workTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        assertThat(taskService.getIdentityLinksForTask(workTask))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly(StaffGroup.SUPPORT_L2.id());
    }

    @Test
    void anAgentWhoseBrowserAsksForSpanishGetsTasklistAndTheTaskFormInSpanish() throws Exception {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS",
                "Teams sin audio", "Sin audio en las llamadas externas.", null, null), ALICE, null).supportCase().number();
        browser.restartInLanguage("es");

        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form button[type='submit']"),
                "Iniciar sesión"));
        logInto("tasklist", "l1", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        browser.waitFor(ExpectedConditions.elementToBeClickable(taskInList("Triage case", number))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("section.task-card button.claim")));
        assertThat(browser.driver().findElement(By.cssSelector("section.task-card button.claim")).getText())
                .contains("Reclamar");
        claim();

        WebElement priority = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')]//label[starts-with(normalize-space(), 'Prioridad')]")));
        assertThat(priority.isDisplayed()).isTrue();
        String form = browser.driver().findElement(By.cssSelector(".fjs-form")).getText();
        assertThat(form).contains("Línea de producto", "Asignar a", "Duplicado de otro caso", "Objetivos de SLA",
                "Expediente del caso (solo lectura)").doesNotContain("{{", "Product line");
        browser.screenshot("tasklist-triage-es");
        choose("Prioridad", "P2 – pérdida parcial o intermitente de un servicio crítico");
        choose("Línea de producto", "Microsoft Teams");
    }

    @Test
    void anOperatorWhoseBrowserAsksForSpanishGetsCockpitInSpanish() throws Exception {
        browser.restartInLanguage("es");

        logInto("cockpit", "admin", "demo");

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dashboard"),
                "Definiciones de proceso"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Procesos", "Decisiones",
                "Tareas humanas");
        browser.screenshot("cockpit-dashboard-es");
    }

    @Test
    void agentOpensAPhoneCaseAtP1FromTasklistAndFindsItInTheQueue() throws Exception {
        String subject = "Whole Denver site cannot place calls";
        logInto("tasklist", "l1", "demo");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//a[normalize-space()='Open a case']"))).click();
        choose("Organization", "Acme Logistics (ACME)");
        choose("Reporting MPOC", "Alice Morgan");
        typeInto("textfield", "Caller, when not the MPOC", "Sam from the Denver front desk, +1 303 555 0100");
        choose("Priority", "P1 – critical");
        choose("Product line", "Cloud PBX");
        typeInto("textfield", "Subject", subject);
        typeInto("textarea", "Description", "No phone at the Denver site gets a dial tone since 9:00.");
        typeInto("textfield", "Affected extension or user", "all Denver extensions");
        WebElement zoneLabel = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field-datetime')]//label[starts-with(normalize-space(), 'When it happened')]")));
        assertThat(zoneLabel.getText()).contains("America/Denver");
        typeDateTime("When it happened", LocalDate.now(ZoneId.of("America/Denver")), "09:00");
        browser.screenshot("open-case-form");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//button[normalize-space()='Start']"))).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.modal-dialog")));

        SupportCase opened = cases.list(new CaseFilter("ACME", null, null, null, subject, null, null), LENA, 0, 1)
                .getContent().get(0);
        assertThat(opened.subject()).isEqualTo(subject);
        assertThat(opened.priority()).isEqualTo(Priority.P1);
        assertThat(opened.channel()).isEqualTo(Channel.PHONE);
        assertThat(opened.reporterEmail()).isEqualTo("alice.morgan@acme.example");
        assertThat(opened.openedBy()).isEqualTo("l1");
        List<String> notes = transactions.execute(status -> cases.comments(opened.number(), LENA).stream()
                .map(CaseComment::body).toList());
        assertThat(notes).anySatisfy(note -> assertThat(note).startsWith("Caller (on behalf of alice.morgan@acme.example): Sam"));

        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(taskInList("Triage case", opened.number())));
        Object cardVariables = engine.getFilterService().createTaskFilterQuery()
                .filterName(WorkspaceSetup.FILTER_GROUP_QUEUE).singleResult().getProperties().get("variables");
        assertThat(cardVariables).asInstanceOf(InstanceOfAssertFactories.LIST).as("task cards name the organization")
                .contains(WorkspaceSetup.ORGANIZATION_CARD_VARIABLE).doesNotContain(WorkspaceSetup.CODE_CARD_VARIABLE);
    }

    @Test
    void taskFormShowsTheConversationAndTheSlaTimesInNamedZones() throws Exception {
        SupportCase opened = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "MICROSOFT_TEAMS",
                "Teams voicemail not delivered", "Voicemails of the sales team never reach their inbox.", null, null),
                ALICE, null).supportCase();
        String number = opened.number();
        cases.comment(number, "It also happens to the support team.", true, ALICE);

        logInto("tasklist", "l1", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Triage case", number);
        claim();
        WebElement header = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form')]//h3[contains(., '" + number + "')]/..")));
        assertThat(header.getText()).contains("Acme Logistics", "alice.morgan@acme.example", "Customer portal",
                "America/Denver");
        WebElement sla = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field-table')][.//label[normalize-space()='SLA targets']]")));
        assertThat(sla.getText()).contains("Initial response", "(America/Denver)").containsPattern("due in|overdue by");
        WebElement conversation = browser.driver().findElement(By.xpath(
                "//div[contains(@class,'fjs-form-field-table')][.//label[starts-with(normalize-space(),'Conversation')]]"));
        centre(conversation);
        assertThat(conversation.getText()).contains("It also happens to the support team.", "alice.morgan@acme.example");
        browser.screenshot("task-form-case-file");
    }

    @Test
    void anUntouchedAssignToRoutesTheTriagedCaseByTheRoutingTable() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CONNECT_PORTAL",
                "Portal shows a server error", "The user page of the Connect portal answers 500 since this morning.", null,
                null), ALICE, null).supportCase().number();

        logInto("tasklist", "l1", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Triage case", number);
        claim();
        choose("Priority", "P3 – non-critical service for several users, or one user down");
        choose("Type", "Service request");
        choose("Product line", "Connect portal");
        choose("Category", "Software defect");
        complete();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(taskInList("Triage case", number)));

        assertThat(cases.get(number, LENA).assignedGroup()).as("CaseRouting: software defects go to software engineering")
                .isEqualTo(StaffGroup.SOFTWARE_ENGINEERING.id());
    }

    @Test
    void levelTwoAgentEscalatesTheCaseToLevelThreeFromTheWorkForm() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "CLOUD_PBX",
                "Hunt group skips agents", "Calls to the sales hunt group skip two of five agents.", null, null),
                ALICE, null).supportCase().number();
        new AgentActions(engine).triage(number);

        logInto("tasklist", "l2", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Work case", number);
        claim();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Escalate to the next support tier']")))
                .click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-textarea')][.//label[starts-with(normalize-space(), 'Why the next tier')]]"
                        + "//textarea"))).sendKeys("Needs a trace on the PBX cluster");
        complete();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(taskInList("Work case", number)));

        List<String> history = transactions.execute(status -> cases.get(number, LENA).history().stream()
                .map(entry -> entry.actor() + ": " + entry.reason()).toList());
        assertThat(history).contains("l2: Escalated from support-l2 to support-l3: Needs a trace on the PBX cluster");
        assertThat(cases.get(number, LENA).assignedGroup()).isEqualTo(StaffGroup.SUPPORT_L3.id());
        String workTask = taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(SupportCaseProcess.TASK_WORK).singleResult().getId();
        assertThat(taskService.getIdentityLinksForTask(workTask))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly(StaffGroup.SUPPORT_L3.id());
    }

    @Test
    void dispatcherSendsATechnicianChosenFromTheFieldTechniciansGroup() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.INCIDENT, "SIP_TRUNKING",
                "No inbound audio", "Inbound calls have no audio at the main office", null,
                Map.of("extension", "2041", "direction", "INBOUND", "counterpartNumber", "+15551234567",
                        "occurredAt", "2026-03-06T15:10:00-07:00")), ALICE, null).supportCase().number();
        new AgentActions(engine).planFieldVisit(number);

        logInto("tasklist", "dispatch", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Dispatch technician", number);
        claim();
        choose("Technician", "Tomas Technician");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-textfield')][.//label[starts-with(normalize-space(), 'Site address')]]"
                        + "//input"))).sendKeys("1600 Broadway, Denver");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[starts-with(normalize-space(), 'Main city')]")))
                .click();
        complete();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(taskInList("Dispatch technician", number)));

        var onSite = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(onSite.getTaskDefinitionKey()).isEqualTo("Task_ReportOnSite");
        assertThat(onSite.getAssignee()).isEqualTo("tech");
    }

    @Test
    void provisioningCarriesOutAMacdRequestAndRecordsTheTimeSpent() {
        String number = cases.open(new NewCase(null, null, Channel.PORTAL, CaseType.MACD, "CLOUD_PBX", "New user",
                "Front desk", null, Map.of("task", "NEW_ACTIVATION", "expedited", true, "accountId", "ACME-0042",
                        "userName", "Dana Ruiz", "extension", "2107", "directNumber", "yes", "extensionType", "SIP",
                        "ringGroup", "none")), ALICE, null).supportCase().number();
        // expedited: worked at once, by provisioning in extended hours and by the 24x7 team outside them
        String group = new AgentActions(engine).candidateGroups(taskService.createTaskQuery()
                .processInstanceBusinessKey(number).singleResult()).get(0);

        logInto("tasklist", StaffGroup.SUPPORT_24X7.id().equals(group) ? "night" : "provisioning", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Carry out request", number);
        claim();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card"),
                "full name of the user: Dana Ruiz"));
        // typed fields first: form-js applies their input after a short debounce
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-textarea')][.//label[starts-with(normalize-space(), 'For the customer')]]"
                        + "//textarea"))).sendKeys("Extension 2107 is live");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-number')]//input"))).sendKeys("20");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Done']"))).click();
        complete();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(taskInList("Carry out request", number)));

        assertThat(cases.get(number, LENA).status()).isEqualTo(CaseStatus.RESOLVED_FOLLOW_UP_REQUIRED);
        assertThat(macdRequests.view(number, LENA).fee()).isEqualByComparingTo("50.00");
    }

    @Test
    void operatorAnnouncesUnscheduledMaintenanceFromTheStartForm() {
        LocalDate day = LocalDate.now(ZoneId.of("America/Denver")).plusDays(3);
        logInto("tasklist", "operator", "demo");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Start process']"))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//a[normalize-space()='Maintenance window']"))).click();
        typeInto("textfield", "Title", "Emergency SBC patch");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-checklist')]//label[normalize-space()='SIP trunking']"))).click();
        typeDateTime("Starts", day, "02:00");
        typeDateTime("Ends", day, "03:00");
        typeInto("textarea", "Work to be performed", "Patch the session border controllers");
        typeInto("textarea", "Why it cannot wait", "A security fix that cannot wait for the monthly window");
        var start = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//button[normalize-space()='Start']")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.modal")));

        MaintenanceView window = maintenance.upcoming(Caller.agent("operator", Set.of("operators"))).stream()
                .filter(w -> w.title().equals("Emergency SBC patch")).findFirst().orElseThrow();
        assertThat(window.kind()).isEqualTo(MaintenanceKind.UNSCHEDULED);
        assertThat(window.productLines()).containsExactly("SIP_TRUNKING");
        assertThat(window.startsAt()).isEqualTo(day.atTime(2, 0).atZone(ZoneId.of("America/Denver")).toInstant());
        assertThat(window.warning()).as("02:00-03:00 is outside 05:00-23:00").isNull();
    }

    @Test
    void aManagerStartsAnImplementationProjectAndTheTeamSubmitsItsFirstPhase() {
        logInto("tasklist", "manager", "demo");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Start process']"))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//a[normalize-space()='Implementation project']"))).click();
        choose("Customer organization", "Acme Logistics (ACME)");
        choose("Product the project implements", "Microsoft Teams");
        typeInto("textfield", "Project title", "Teams Phone for the warehouse");
        typeInto("textarea", "The customer", "One site, 35 users, analog gateway for the docks.");
        var start = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal')]//button[normalize-space()='Start']")));
        centre(start);
        start.click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.modal")));
        ProjectView project = projects.of("ACME", LENA).stream()
                .filter(p -> p.title().equals("Teams Phone for the warehouse")).findFirst().orElseThrow();
        assertThat(project.startedBy()).isEqualTo("manager");

        browser.driver().manage().deleteAllCookies();
        logInto("tasklist", "projects", "demo");
        openFilter(WorkspaceSetup.FILTER_GROUP_QUEUE);
        openTask("Work on the phase", "Implementation project");
        claim();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card"),
                "Phase 1: Analysis of the customer's needs and design constraints"));
        typeInto("textarea", "Deliverables of the phase", "Site survey done; the docks need an analog gateway.");
        complete();

        assertThat(projects.view(project.id(), ALICE).awaitingSignOff()).isTrue();
        assertThat(projects.view(project.id(), ALICE).events()).last()
                .satisfies(event -> assertThat(event.text()).isEqualTo("Site survey done; the docks need an analog gateway."));
    }

    @Test
    void customerContactCannotUseTasklist() {
        assertThat(identityService.checkPassword(ALICE.login(), "demo")).as("the contact's credentials are valid").isTrue();

        logInto("tasklist", ALICE.login(), "demo");

        assertLoginRefused();
        assertThat(browser.driver().findElements(By.cssSelector(".task-filter"))).isEmpty();
    }

    @Test
    void customerContactCannotEvenUseTheWelcomePage() {
        logInto("welcome", ALICE.login(), "demo");

        assertLoginRefused();
        assertThat(browser.driver().findElements(By.partialLinkText("Change password"))).isEmpty();
    }

    private void assertLoginRefused() {
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'page-notifications')]//*[contains(., 'Login Failed')]")));
        assertThat(browser.driver().findElements(By.cssSelector("input[ng-model='username']"))).isNotEmpty();
    }

    // --- Tasklist steps ---------------------------------------------------------------------------

    private void logInto(String webapp, String user, String password) {
        // this application's engine by name: the engines of the other test applications in this JVM are known to the
        // webapps too, and without a name they may pick one of those
        browser.driver().get("http://localhost:" + port + "/camunda/app/" + webapp + "/" + engine.getName() + "/");
        // the login form focuses its user field once Angular has rendered it, which can take the keys meant for the
        // password field: type again until both fields hold what was typed
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement userField = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            userField.clear();
            userField.sendKeys(user);
            WebElement passwordField = browser.driver().findElement(By.cssSelector("input[ng-model='password']"));
            passwordField.clear();
            passwordField.sendKeys(password);
            if (user.equals(userField.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value"))) {
                break;
            }
        }
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
    }

    private void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]"
                + "[contains(normalize-space(.), \"" + name + "\")]]");
        browser.waitFor(ExpectedConditions.elementToBeClickable(filter)).click();
        browser.waitFor(ExpectedConditions.attributeContains(filter, "class", "active"));
    }

    /** The task's entry in the task list; the filters show the case number on each entry. */
    private static By taskInList(String taskName, String caseNumber) {
        return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(., '" + caseNumber
                + "')]//h4[contains(@class,'task')]/a[normalize-space()='" + taskName + "']");
    }

    private void openTask(String taskName, String caseNumber) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(taskInList(taskName, caseNumber))).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section.task-card h2.task"), taskName));
    }

    /** Tasklist enables the form only for the task's assignee. */
    private void claim() {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("section.task-card button.claim"))).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card button.unclaim")));
    }

    /**
     * Completes the open task. Tasklist reports a failed completion as an error and keeps the task open;
     * a successful one closes the task and removes it from the list.
     */
    private void complete() {
        var button = browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space()='Complete']")));
        // a long form puts the button under Tasklist's footer; bring it to the middle of the window
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-details .no-task")));
    }

    private void typeInto(String fieldType, String labelStart, String text) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'fjs-form-field-"
                + fieldType + "')][.//label[starts-with(normalize-space(), '" + labelStart + "')]]//"
                + ("textarea".equals(fieldType) ? "textarea" : "input")))).sendKeys(text);
    }

    /** Fills a Camunda Form date-time field: its date part (mm/dd/yyyy) and time part (hh:mm, 24 h). */
    private void typeDateTime(String dateLabel, LocalDate day, String time) {
        String field = "//div[contains(@class,'fjs-form-field-datetime')][.//label[starts-with(normalize-space(), '" + dateLabel + "')]]";
        var date = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(field
                + "//input[@placeholder='mm/dd/yyyy']")));
        date.sendKeys(String.format("%02d/%02d/%d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()), Keys.TAB);
        var clock = browser.driver().findElement(By.xpath(field + "//input[@placeholder='hh:mm']"));
        clock.sendKeys(time, Keys.TAB);
    }

    /** Picks an option of a Camunda Form select field, which form-js renders as a dropdown list. */
    private void choose(String label, String option) {
        String field = "//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(), '"
                + label + "')]]";
        var input = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(field
                + "//div[contains(@class,'fjs-input-group')]")));
        centre(input);
        input.click();
        var item = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(field
                + "//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(), '" + option + "')]")));
        centre(item);
        item.click();
        // a plain select shows the choice as text, a searchable one in its search input
        browser.waitFor(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath(field + "//div[contains(@class,'fjs-select-display')]"), option),
                ExpectedConditions.attributeContains(By.xpath(field + "//input"), "value", option)));
    }

    /** Brings an element to the middle of the window, clear of Tasklist's header and footer. */
    private void centre(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
