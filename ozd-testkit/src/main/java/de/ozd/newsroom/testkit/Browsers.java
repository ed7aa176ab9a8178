package de.ozd.newsroom.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for browser tests: the browser binary ({@code -Dozd.chromium}, {@code OZD_CHROMIUM}, else
 * {@code /usr/bin/chromium}) and, for Selenium, chromedriver ({@code -Dozd.chromedriver}, {@code
 * OZD_CHROMEDRIVER}, else {@code /usr/bin/chromedriver}, which Selenium must be given explicitly: it may never
 * download a driver). Where one is missing the test skips with a printed reason (fails under {@link
 * Skip#strict()}).
 *
 * <p>With Selenium: {@code ChromeDriver d = Browsers.chromeOrSkip().start(dir, "name", 1280, 900);} starts the
 * browser with this machine's flags; {@link #axeProblems} and {@link #consoleErrors} are the checks every browser
 * test makes on its pages. Selenium is an optional dependency here: the module whose tests drive a browser declares
 * {@code selenium-chrome-driver} itself (test scope).
 */
public final class Browsers {
    private Browsers() {}

    /**
     * The flags headless Chromium needs on this project's machines (no sandbox as root, no GPU, no background
     * network or updates), besides {@code --headless} and a fresh {@code --user-data-dir}.
     */
    public static final List<String> CHROMIUM_FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /** The Chromium binary and the chromedriver that drives it. */
    public record Chrome(Path binary, Path driver) {
        /**
         * A headless Chromium driven through chromedriver (set explicitly: Selenium downloads nothing), with the flags
         * this project's machines need, a fresh profile in {@code dir/chromium-NAME}, chromedriver's log in {@code
         * dir/chromedriver-NAME.log}, the window {@code width}×{@code height} and the browser console kept for {@link
         * #consoleErrors}. Generous page-load and script timeouts: the test machines are loaded; they bound a wait,
         * they are no assertion.
         */
        public ChromeDriver start(Path dir, String name, int width, int height) throws IOException {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(binary.toFile());
            o.addArguments(CHROMIUM_FLAGS);
            o.addArguments(
                    "--headless",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-" + name)),
                    "--window-size=" + width + "," + height);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            o.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.toFile())
                    .usingAnyFreePort()
                    .withLogFile(dir.resolve("chromedriver-" + name + ".log").toFile())
                    .build();
            ChromeDriver d = new ChromeDriver(service, o);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
            return d;
        }
    }

    /**
     * Runs axe-core ({@code axe}: {@link #axeScript()}) on the page {@code js} shows and returns its serious and
     * critical violations as problems named {@code name} (empty: none), or a problem when axe did not run.
     */
    public static List<String> axeProblems(JavascriptExecutor js, String axe, String name) {
        js.executeScript(axe);
        Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done({"
                + "passes: r.passes.length, bad: r.violations.filter(v => v.impact === 'serious' || v.impact === "
                + "'critical').map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))}),"
                + " e => done({error: String(e)}));");
        List<String> problems = new ArrayList<>();
        if (!(answer instanceof Map<?, ?> result)) {
            problems.add(name + ": axe gave no result: " + answer);
            return problems;
        }
        if (result.containsKey("error")) {
            problems.add(name + ": axe failed: " + result.get("error"));
        } else if (!(result.get("passes") instanceof Number passes) || passes.intValue() < 10) {
            problems.add(name + ": axe checked only " + result.get("passes") + " rules – did it run?");
        }
        if (result.get("bad") instanceof List<?> bad) {
            bad.forEach(v -> problems.add(name + ": axe " + v));
        }
        return problems;
    }

    /**
     * The browser console's errors since the last call (Chromium hands each entry out once), except those whose
     * message contains one of {@code expected} (an answer the test provokes on purpose, such as a refusal's 422).
     */
    public static List<String> consoleErrors(WebDriver driver, List<String> expected) {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            boolean isExpected = expected.stream().anyMatch(x -> e.getMessage().contains(x));
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !isExpected) {
                problems.add("console: " + e.getMessage());
            }
        }
        return problems;
    }

    /** The Chromium binary, or skips the calling test. */
    public static Path chromiumOrSkip() {
        return executable(
                "ozd.chromium",
                "OZD_CHROMIUM",
                "/usr/bin/chromium",
                "no Chromium at %s (-Dozd.chromium / OZD_CHROMIUM): apt-get install chromium");
    }

    /** The Chromium binary and chromedriver, or skips the calling test. */
    public static Chrome chromeOrSkip() {
        Path binary = chromiumOrSkip();
        Path driver = executable(
                "ozd.chromedriver",
                "OZD_CHROMEDRIVER",
                "/usr/bin/chromedriver",
                "no chromedriver at %s (-Dozd.chromedriver / OZD_CHROMEDRIVER): apt-get install chromium-driver");
        return new Chrome(binary, driver);
    }

    /**
     * axe-core's {@code axe.min.js} from its WebJar ({@code org.webjars.npm:axe-core}, a dependency of this module),
     * for the accessibility check the browser tests inject into each page. Nothing is fetched at test time.
     */
    public static String axeScript() {
        String version = webJarVersion("axe-core");
        return resource("META-INF/resources/webjars/axe-core/" + version + "/axe.min.js");
    }

    private static String webJarVersion(String name) {
        Properties p = new Properties();
        try (InputStream in = stream("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = Browsers.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: the axe-core WebJar is missing");
        }
        return in;
    }

    private static Path executable(String property, String env, String fallback, String reason) {
        String configured = System.getProperty(property, System.getenv(env));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        Skip.unless(Files.isExecutable(path), () -> String.format(reason, path));
        return path;
    }
}
