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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, POLL).until(condition);
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
