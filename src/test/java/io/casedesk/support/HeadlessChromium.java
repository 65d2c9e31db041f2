package io.casedesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) per test, with a fresh profile
 * and no network access of its own, its clock in Mountain time. On a failure it leaves a screenshot in
 * {@code target/}.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How often a wait looks again: a page that is ready is used at once, not up to half a second later. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final String windowSize;
    private Path profile;
    private WebDriver driver;

    /** A desktop-sized window. */
    public HeadlessChromium() {
        this(1600, 1200);
    }

    /** A window of this size, such as a phone's. */
    public HeadlessChromium(int width, int height) {
        this.windowSize = width + "," + height;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits until the condition holds. While a page is being replaced by the next one, the browser may answer for
     * an element of the old page that it is gone, in more than one way; that is read as "not yet".
     */
    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, POLL).until(browser -> {
            try {
                return condition.apply(browser);
            } catch (WebDriverException e) {
                if (isPageBeingReplaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Clicks what leads to another page (a link, a form's button) and returns when that page has loaded, so that
     * nothing of the page before it is read as the answer.
     */
    public void clickThrough(By locator) {
        clickThrough(waitFor(ExpectedConditions.elementToBeClickable(locator)));
    }

    /** As {@link #clickThrough(By)}, for an element at hand. */
    public void clickThrough(WebElement element) {
        loadNext(element::click);
    }

    /** Types into a field and presses Enter, then returns when the page its form leads to has loaded. */
    public void submitTyping(WebElement field, CharSequence text) {
        loadNext(() -> field.sendKeys(text, Keys.ENTER));
    }

    /**
     * Signs in on the sign-in form the browser shows (fields {@code username} and {@code password}) and returns when
     * the page it leads to has loaded.
     */
    public void signIn(String user, String password) {
        waitFor(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
        submitTyping(driver.findElement(By.id("password")), password);
    }

    private void loadNext(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        waitFor(ExpectedConditions.stalenessOf(page));
        waitFor(browser -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
    }

    private static boolean isPageBeingReplaced(WebDriverException e) {
        if (e instanceof StaleElementReferenceException) {
            return true;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id")
                || message.contains("Execution context was destroyed")
                || message.contains("Cannot find context with specified id");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        start(null);
    }

    /**
     * Starts the browser again, now asking for pages in this language first (its {@code navigator.languages} and
     * {@code Accept-Language}), as an agent's browser set to Spanish does.
     */
    public void restartInLanguage(String language) throws IOException {
        driver.quit();
        start(language);
    }

    private void start(String language) throws IOException {
        profile = Files.createTempDirectory("casedesk-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=" + windowSize,
                        "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                // the browser's clock reads Mountain time, as the provider's agents' browsers do
                .withEnvironment(Map.of("TZ", "America/Denver"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Keeps what the page shows now as {@code target/screenshots/<name>.png}, for people to look at. */
    public Path screenshot(String name) throws IOException {
        Path screenshot = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        return screenshot;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent() && driver instanceof TakesScreenshot camera) {
            Path screenshot = Path.of("target", context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
