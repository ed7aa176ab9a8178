package de.ozd.newsroom.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ReaderSite;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The desk in headless Chromium (Debian's chromium and chromedriver, driver path set explicitly, nothing
 * downloaded): a Reporter logs in, drafts a package from a wire report, jumps to a finding by clicking it, edits,
 * saves with Ctrl+S and sends the package to review; a Redakteur reviews a machine section and tries to publish,
 * and the refusal lists what is left; a second browser saving an older revision gets the conflict view with both
 * texts. Screenshots under {@code target/screenshots/desk-*.png}; no console errors; axe-core (WebJar) reports no
 * serious or critical violation on the login page, the desk and the editing view. Skips with a printed reason
 * where Chromium or chromedriver is missing.
 */
class DeskBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("OZD_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /** A wire report of our own for the test. */
    static final String REPORT = "Kielsund (dpa) – Die Stadt Kielsund eröffnet am Montag eine neue Fährlinie über"
            + " den Sund. Die Fähre fährt nach Angaben der Stadtwerke werktags alle 30 Minuten zwischen dem Hafen und"
            + " der Insel Holm.\nDie Überfahrt dauert zwölf Minuten und kostet für Erwachsene 2,50 Euro. Bürgermeisterin"
            + " Karin Lund sagte, die Linie entlaste die Brücke im Berufsverkehr.\nDie Stadtwerke rechnen mit rund"
            + " 1500 Fahrgästen am Tag. Das Schiff bietet Platz für 120 Menschen und 40 Fahrräder.";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void reporterDraftsEditsAndSendsToReviewRedakteurReviewsAndConflictLosesNothing() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), () -> skip("no Chromium at " + CHROMIUM + " (Debian chromium)"));
        assumeTrue(Files.isExecutable(CHROMEDRIVER), () -> skip("no " + CHROMEDRIVER + " (Debian chromium-driver)"));
        String axe;
        try (InputStream in = DeskBrowserTest.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core WebJar on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
            store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
            EditorialDesk desk = EditorialDesk.ozd();
            ApiServer server = ApiServer.create(
                    store,
                    ServerSettings.DEFAULT,
                    List.of(new ReaderSite(Site.ozd()), new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)),
                    desk);
            String base = "http://127.0.0.1:" + server.start(0);
            ChromeDriver driver = start("eins");
            ChromeDriver second = null;
            try {
                // Reporter: login, desk, new package from the report.
                driver.get(base + "/redaktion");
                assertThat(driver.getCurrentUrl()).endsWith("/redaktion/login");
                problems.addAll(look(driver, "login", shots, axe));
                login(driver, "r.reporter", "reporter-passwort");
                assertThat(driver.getCurrentUrl()).endsWith("/redaktion/pakete");
                problems.addAll(look(driver, "pakete-leer", shots, axe));
                driver.findElement(By.linkText("Neu aus Meldung")).click();
                driver.findElement(By.id("meldung")).sendKeys(REPORT);
                driver.findElement(By.id("agentur")).sendKeys("dpa");
                driver.findElement(By.id("bild")).sendKeys("Stadtwerke Kielsund");
                look(driver, "neu", shots, null);
                driver.findElement(By.xpath("//button[text()='Entwurf anlegen']"))
                        .click();
                wait(driver).until(d -> d.getCurrentUrl().contains("/redaktion/pakete/"));
                String slug =
                        driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
                PackageRecord drafted = store.get(slug);
                assertThat(drafted.revision()).isEqualTo(1);
                assertThat(store.sources().get(slug)).contains(REPORT);
                assertThat(unreviewedCount(drafted)).isPositive();
                problems.addAll(look(driver, "bearbeiten", shots, axe));

                // Typing a stray line updates the findings while typing, without saving.
                WebElement text = driver.findElement(By.id("text"));
                String stray = "\nEine Zeile ohne Zuordnung.";
                text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
                text.sendKeys(stray);
                wait(driver)
                        .until(d -> d.findElement(By.id("befunde")).getText().contains("OZD021"));
                assertThat(store.get(slug).revision()).isEqualTo(1);
                look(driver, "befund", shots, null);

                // Clicking the finding puts the cursor at its line and column.
                WebElement f = driver.findElements(By.cssSelector("#befunde button.finding")).stream()
                        .filter(b -> b.getText().contains("OZD021"))
                        .findFirst()
                        .orElseThrow();
                int line = Integer.parseInt(f.getAttribute("data-line"));
                int column = Integer.parseInt(f.getAttribute("data-column"));
                driver.findElement(By.id("notiz")).click();
                f.click();
                JavascriptExecutor js = driver;
                long caret = (Long) js.executeScript("return document.getElementById('text').selectionStart;");
                long expected = (Long) js.executeScript(
                        "const lines = document.getElementById('text').value"
                                + ".split('\\n'); let p = 0; for (let i = 0; i < arguments[0] - 1; i++) p += lines[i].length"
                                + " + 1; return p + arguments[1] - 1;",
                        line,
                        column);
                assertThat(caret).isEqualTo(expected);
                assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("text");

                // The fix: remove the stray line, then Ctrl+S saves a revision.
                text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
                text.sendKeys(Keys.BACK_SPACE.toString().repeat(stray.length()));
                wait(driver)
                        .until(d -> !d.findElement(By.id("befunde")).getText().contains("OZD021"));
                text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
                wait(driver).until(d -> store.get(slug).revision() == 2);
                assertThat(store.get(slug).text()).isEqualTo(drafted.text());
                look(driver, "gespeichert", shots, null);

                // Send to review (the Reporter has no publish button).
                assertThat(driver.findElements(By.xpath("//button[text()='Veröffentlichen']")))
                        .isEmpty();
                driver.findElement(By.xpath("//button[text()='Zur Prüfung senden']"))
                        .click();
                wait(driver).until(d -> store.get(slug).state() == State.IN_REVIEW);

                // A second browser with the same revision open saves after the first: conflict view, nothing lost.
                second = start("zwei");
                second.get(base + "/redaktion/login");
                login(second, "k.redakteur", "redakteur-passwort");
                second.get(base + "/redaktion/pakete/" + slug);
                driver.get(base + "/redaktion/pakete/" + slug);
                WebElement mine = driver.findElement(By.id("text"));
                int seen = store.get(slug).revision();
                mine.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
                mine.sendKeys(" ERSTE FASSUNG");
                driver.findElement(By.id("notiz")).sendKeys("Reporterin speichert zuerst");
                driver.findElement(By.id("speichern")).click();
                wait(driver).until(d -> store.get(slug).revision() == seen + 1);
                int afterFirst = seen + 1;
                WebElement theirs = second.findElement(By.id("text"));
                theirs.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
                theirs.sendKeys(" ZWEITE FASSUNG");
                second.findElement(By.id("speichern")).click();
                wait(second).until(d -> d.findElements(By.id("mine")).size() == 1);
                assertThat(second.findElement(By.id("mine")).getAttribute("value"))
                        .contains("ZWEITE FASSUNG");
                assertThat(second.findElement(By.id("theirs")).getAttribute("value"))
                        .contains("ERSTE FASSUNG")
                        .isEqualTo(store.get(slug).text());
                assertThat(store.get(slug).revision()).isEqualTo(afterFirst);
                look(second, "konflikt", shots, null);
                second.get(base + "/redaktion/pakete/" + slug);

                // Redakteur: review a machine section, then publishing is refused with the list of what is left.
                int before = unreviewedCount(store.get(slug));
                second.findElement(By.xpath("//button[text()='Abschnitt geprüft']"))
                        .click();
                wait(second).until(d -> unreviewedCount(store.get(slug)) == before - 1);
                second.findElement(By.xpath("//button[text()='Veröffentlichen']"))
                        .click();
                wait(second)
                        .until(d ->
                                !d.findElements(By.cssSelector("div.error li")).isEmpty());
                assertThat(second.findElement(By.cssSelector("div.error")).getText())
                        .contains("Nicht veröffentlicht");
                assertThat(store.get(slug).state()).isEqualTo(State.IN_REVIEW);
                look(second, "veroeffentlichen-abgelehnt", shots, null);

                for (ChromeDriver d : List.of(driver, second)) {
                    for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
                        // The refused publish answers 422 by design; anything else is a problem.
                        if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                                && !e.getMessage().contains("status of 422")
                                && !e.getMessage().contains("status of 409")) {
                            problems.add("console: " + e.getMessage());
                        }
                    }
                }
            } finally {
                driver.quit();
                if (second != null) {
                    second.quit();
                }
                server.close();
            }
        }
        assertThat(problems).isEmpty();
    }

    private static int unreviewedCount(PackageRecord rec) {
        return (int) rec.pkg().provenance().sections().values().stream()
                .filter(p -> p.needsMachineLabel())
                .count();
    }

    /**
     * Logs in and waits until the browser has left the login page: the click returns before the slow password hash
     * is checked, and a navigation started meanwhile would cancel the login.
     */
    private static void login(ChromeDriver driver, String name, String password) throws InterruptedException {
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("passwort")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button")).click();
        wait(driver).until(d -> !d.getCurrentUrl().endsWith("/redaktion/login"));
    }

    /** Polls a condition for up to two minutes (the machine drafts and checks while the page waits). */
    record Waiter(ChromeDriver driver) {
        void until(java.util.function.Predicate<ChromeDriver> condition) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!condition.test(driver)) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("condition not met within 120 s on " + driver.getCurrentUrl());
                }
                Thread.sleep(200);
            }
        }
    }

    private static Waiter wait(ChromeDriver driver) {
        return new Waiter(driver);
    }

    private ChromeDriver start(String name) throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-" + name)),
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(
                        new File(dir.resolve("chromedriver-" + name + ".log").toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
        return driver;
    }

    /** A screenshot, and with {@code axe} the serious and critical violations as problems. */
    private static List<String> look(ChromeDriver driver, String name, Path shots, String axe) throws Exception {
        Files.write(shots.resolve("desk-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        List<String> problems = new ArrayList<>();
        if (axe == null) {
            return problems;
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        String json = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify({"
                + "passes: r.passes.length, bad: r.violations.filter(v => v.impact === 'serious' || v.impact === "
                + "'critical').map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))})),"
                + " e => done(JSON.stringify({error: String(e)})));");
        JsonNode result = new ObjectMapper().readTree(json);
        if (result.has("error")) {
            problems.add(name + ": axe failed: " + result.path("error").asText());
        } else if (result.path("passes").asInt() < 10) {
            problems.add(name + ": axe checked only " + result.path("passes") + " rules – did it run?");
        }
        for (JsonNode v : result.path("bad")) {
            problems.add(name + ": axe " + v.asText());
        }
        return problems;
    }

    private static String skip(String reason) {
        System.out.println("SKIPPED: " + reason);
        return reason;
    }
}
