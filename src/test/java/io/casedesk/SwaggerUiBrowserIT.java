package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.support.HeadlessChromium;

/**
 * An integrator tries the API in Swagger UI, in a real headless Chromium: "Authorize" with HTTP Basic, then "Try it out"
 * on the case list answers 200 with the page of cases.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@ActiveProfiles({"test", "demo"})
class SwaggerUiBrowserIT {

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Test
    void authorizeWithHttpBasicThenTryTheCaseList() throws Exception {
        browser.driver().get("http://localhost:" + port + "/swagger-ui/index.html");
        WebElement listCases = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/cases']]//button[contains(@class,'opblock-summary-control')]")));
        assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText()).contains("Casedesk API");

        browser.driver().findElement(By.cssSelector(".scheme-container button.authorize")).click();
        WebElement user = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux input[type='text']")));
        user.sendKeys("l1");
        browser.driver().findElement(By.cssSelector(".modal-ux input[type='password']")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector(".modal-ux button.modal-btn.authorize")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-ux"), "Logout"));
        browser.screenshot("swagger-authorized");
        browser.driver().findElement(By.cssSelector(".modal-ux button.btn-done")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        listCases.click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".opblock.is-open .try-out__btn"))).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".opblock.is-open button.execute"))).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".opblock.is-open .live-responses-table"), "totalItems"));
        String response = browser.driver().findElement(By.cssSelector(".opblock.is-open .live-responses-table")).getText();
        assertThat(response).contains("200", "\"items\"");
        assertThat(browser.driver().findElement(By.cssSelector(".opblock.is-open .request-url")).getText())
                .contains("/api/cases");
        browser.screenshot("swagger-try-it-out");
    }
}
