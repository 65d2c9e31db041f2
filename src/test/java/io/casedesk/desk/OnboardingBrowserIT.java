package io.casedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.notification.NotificationView;
import io.casedesk.notification.Notifications;
import io.casedesk.sla.BusinessCalendars;
import io.casedesk.support.ApiClient;
import io.casedesk.support.HeadlessChromium;

/**
 * An administrator onboards a customer in the desk in a real headless Chromium: a new organization, a
 * contact who sets a password from the mailed link and signs in to the API; an operator closes a calendar
 * for a day without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class OnboardingBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/portal/password/[A-Za-z0-9_-]+)");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    BusinessCalendars calendars;

    @Test
    void anAdministratorAddsAnOrganizationAndAContactWhoSetsAPasswordFromTheMailedLink() throws Exception {
        signIn("admin");
        browser.clickThrough(By.linkText("Organizations"));
        type("code", "NORDIC");
        type("name", "Nordic Ferries");
        choose("locale", "en-US");
        type("timeZone", "America/Chicago");
        choose("slaPlan", "Priority matrix (P1–P4)");
        choose("calendar", "business-mt");
        check("//input[@name='productLines'][@value='CLOUD_PBX']");
        browser.screenshot("desk-new-organization");
        submit("//form[.//input[@id='code']]");

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("organization-title"), "Nordic Ferries (NORDIC)"));
        type("contact-email", "erik@nordic.example");
        type("contact-name", "Erik Holm");
        type("contact-phone", "+1 312 555 0190");
        check("//form[.//input[@id='contact-email']]//input[@name='roles'][@value='MPOC_PRIMARY']");
        submit("//form[.//input[@id='contact-email']]");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "mailed a link"));
        assertThat(browser.driver().findElement(By.id("contacts")).getText()).contains("Erik Holm", "erik@nordic.example");
        browser.screenshot("desk-organization");

        List<NotificationView> mails = notifications.forEvents("password-erik@nordic.example-");
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(mails.get(0).text());
        assertThat(link.find()).as(mails.get(0).text()).isTrue();
        String path = link.group(1).substring(link.group(1).indexOf("/portal/"));

        browser.driver().get("http://localhost:" + port + path);
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys("fjord-crossing-9");
        browser.submitTyping(browser.driver().findElement(By.id("repeated")), "fjord-crossing-9");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("password-set"), "erik@nordic.example"));
        browser.screenshot("password-set");

        var erik = ApiClient.onPort(port).as("erik@nordic.example", "fjord-crossing-9");
        assertThat(erik.get("/api/cases").status()).isEqualTo(200);
        assertThat(erik.get("/api/organizations/NORDIC").json().path("name").asText()).isEqualTo("Nordic Ferries");
    }

    @Test
    void anOperatorClosesACalendarForADayAndClocksStartingAfterwardsSkipIt() throws Exception {
        ZoneId denver = ZoneId.of("America/Denver");
        LocalDate day = LocalDate.now(denver).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        assertThat(calendars.get("business-mt").isWorkingDay(day)).isTrue();

        signIn("operator");
        browser.driver().get("http://localhost:" + port + "/desk/calendars/business-mt");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-title"), "business-mt"));
        assertThat(browser.driver().findElement(By.id("holidays")).getText()).as("the year's holidays").isNotBlank();
        WebElement first = browser.driver().findElement(By.id("firstDay"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", first, day.toString());
        type("reason", "Office move");
        submit("//form[.//input[@id='firstDay']]");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "closure was added"));
        assertThat(browser.driver().findElement(By.id("closures")).getText()).contains(day.toString(), "Office move", "operator");
        browser.screenshot("desk-calendar");
        assertThat(calendars.get("business-mt").isWorkingDay(day)).as("no restart needed").isFalse();
        assertThat(calendars.get("business-mt").plusBusinessDays(day.minusDays(1).atTime(10, 0).atZone(denver).toInstant(), 1))
                .isEqualTo(day.plusDays(1).atTime(10, 0).atZone(denver).toInstant());

        browser.clickThrough(By.xpath("//table[@id='closures']//button"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "closure was removed"));
        assertThat(calendars.get("business-mt").isWorkingDay(day)).isTrue();
    }

    @Test
    void staffWhoAreNoAdministratorsCannotOnboard() {
        signIn("l1");
        browser.driver().get("http://localhost:" + port + "/desk/organizations");
        assertThat(browser.driver().getPageSource()).contains("may not use /desk/organizations");
        assertThat(ApiClient.onPort(port).as("l1", "demo").post("/api/organizations", "{}").status()).isEqualTo(403);
    }

    private void signIn(String user) {
        browser.driver().get("http://localhost:" + port + "/desk/login");
        browser.signIn(user, "demo");
        browser.waitFor(ExpectedConditions.urlMatches("/desk/(\\?.*)?$"));
    }

    private void type(String id, String text) {
        WebElement field = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id, String label) {
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(label);
    }

    private void check(String xpath) {
        WebElement box = browser.driver().findElement(By.xpath(xpath));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void submit(String formXpath) {
        WebElement button = browser.driver().findElement(By.xpath(formXpath + "//button[@type='submit']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.clickThrough(button);
    }
}
