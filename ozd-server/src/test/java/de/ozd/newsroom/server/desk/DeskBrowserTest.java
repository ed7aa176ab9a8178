package de.ozd.newsroom.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ReaderSite;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.testkit.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

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
        Browsers.Chrome chrome = Browsers.chromeOrSkip();
        String axe = Browsers.axeScript();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            ApiServer server = deskServer(store);
            String base = "http://127.0.0.1:" + server.start(0);
            ChromeDriver driver = chrome.start(dir, "eins", 1400, 1000);
            ChromeDriver second = null;
            try {
                // Reporter: login, desk, new package from the report.
                String slug = draftFromReport(
                        driver, base, List.of("login", "pakete-leer", "neu", "bearbeiten"), shots, axe, problems);
                PackageRecord drafted = store.get(slug);
                assertThat(drafted.revision()).isEqualTo(1);
                assertThat(store.sources().get(slug)).contains(REPORT);
                assertThat(unreviewedCount(drafted)).isPositive();

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
                second = chrome.start(dir, "zwei", 1400, 1000);
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
                    // The refused publish and the stale save answer 422 and 409 by design; anything else is a problem.
                    problems.addAll(Browsers.consoleErrors(d, List.of("status of 422", "status of 409")));
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

    /**
     * The whole job of issue 11 in one browser, step by step through visible links, buttons and labels; each step
     * saves {@code target/screenshots/desk-ablauf-NN-*.png} (docs/editing.md describes them). The steps are blocks
     * of their own so that a change of the workflow (a publish gate, pending edits of published articles) changes
     * one block.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void wholeFlowFromWireReportToCorrectedArticleAndRestoredRevision() throws Exception {
        Browsers.Chrome chrome = Browsers.chromeOrSkip();
        String axe = Browsers.axeScript();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            ApiServer server = deskServer(store);
            String base = "http://127.0.0.1:" + server.start(0);
            ChromeDriver driver = chrome.start(dir, "ablauf", 1400, 1000);
            try {
                // --- 1. and 2. The Reporter logs in, sees the (empty) desk and drafts a package from the wire report;
                // the machine drafts, the editing view opens.
                String slug = draftFromReport(
                        driver,
                        base,
                        List.of("ablauf-01-anmelden", "ablauf-02-pakete", "ablauf-03-neu", "ablauf-04-entwurf"),
                        shots,
                        axe,
                        problems);
                assertThat(store.get(slug).revision()).isEqualTo(1);

                // --- 3. The Reporter adds a quote in straight quotes; the house check finds it while she types.
                WebElement text = driver.findElement(By.id("text"));
                toLine(text, lineOf(value(text), "im Berufsverkehr."));
                text.sendKeys(Keys.END, " Sie sagte: \"Wir fahren jeden Werktag.\"");
                wait(driver).until(d -> finding(d, "OZD024") != null);
                problems.addAll(look(driver, "ablauf-05-befund", shots, null));

                // --- 4. Clicking the finding puts the cursor on the quote mark; she types the German one, twice.
                for (String mark : List.of("„", "“")) {
                    wait(driver).until(d -> finding(d, "OZD024") != null);
                    WebElement f = finding(driver, "OZD024");
                    String before = f.getText();
                    f.click();
                    assertThat(driver.executeScript("return document.activeElement.id"))
                            .isEqualTo("text");
                    long caret = (Long) driver.executeScript("return document.getElementById('text').selectionStart;");
                    assertThat(value(text).charAt((int) caret)).isEqualTo('"');
                    text.sendKeys(Keys.DELETE, mark);
                    wait(driver).until(d -> {
                        WebElement next = finding(d, "OZD024");
                        try {
                            return next == null || !next.getText().equals(before);
                        } catch (StaleElementReferenceException e) {
                            return false;
                        }
                    });
                }
                wait(driver).until(d -> finding(d, "OZD024") == null && finding(d, "OZD020") == null);
                problems.addAll(look(driver, "ablauf-06-befund-behoben", shots, null));

                // --- 5. Ctrl+S saves a revision; the Reporter sends the package to review and logs out.
                WebElement page = html(driver);
                text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
                wait(driver).until(d -> store.get(slug).revision() == 2 && stale(page));
                assertThat(store.get(slug).text()).contains("Sie sagte: „Wir fahren jeden Werktag.“");
                WebElement saved = html(driver);
                driver.findElement(By.xpath("//button[text()='Zur Prüfung senden']"))
                        .click();
                wait(driver).until(d -> store.get(slug).state() == State.IN_REVIEW && stale(saved));
                scrollTo(driver, "#ablauf-titel");
                problems.addAll(look(driver, "ablauf-07-in-pruefung", shots, axe));
                driver.findElement(By.xpath("//button[text()='Abmelden']")).click();
                wait(driver).until(d -> d.getCurrentUrl().endsWith("/redaktion/login"));

                // --- 6. The Redakteur opens the package from the desk and fills the draft's [Redaktion: …] lines.
                login(driver, "k.redakteur", "redakteur-passwort");
                driver.findElement(By.linkText(store.get(slug).headline())).click();
                wait(driver).until(d -> d.getCurrentUrl().endsWith("/redaktion/pakete/" + slug));
                text = driver.findElement(By.id("text"));
                int placeholders = 0;
                for (String line : value(text).split("\n", -1)) {
                    if (line.contains("[Redaktion:")) {
                        replaceLine(text, lineOf(value(text), line), filled(line));
                        placeholders++;
                    }
                }
                assertThat(placeholders)
                        .as("the machine draft leaves lines to the editors")
                        .isPositive();
                driver.findElement(By.id("notiz")).sendKeys("Platzhalter ausgefüllt");
                WebElement filledPage = html(driver);
                driver.findElement(By.id("speichern")).click();
                wait(driver).until(d -> store.get(slug).revision() == 4 && stale(filledPage));
                assertThat(store.get(slug).text()).doesNotContain("[Redaktion:");
                problems.addAll(look(driver, "ablauf-08-platzhalter-gefuellt", shots, null));

                // --- 7. Every machine-drafted section reviewed ("Abschnitt geprüft"), then published.
                while (!driver.findElements(By.xpath("//button[text()='Abschnitt geprüft']"))
                        .isEmpty()) {
                    int left = unreviewedCount(store.get(slug));
                    driver.findElement(By.xpath("//button[text()='Abschnitt geprüft']"))
                            .click();
                    wait(driver)
                            .until(d -> unreviewedCount(store.get(slug)) == left - 1
                                    && d.findElements(By.xpath("//button[text()='Abschnitt geprüft']"))
                                                    .size()
                                            == left - 1);
                }
                assertThat(unreviewedCount(store.get(slug))).isZero();
                scrollTo(driver, "#abschnitte-titel");
                problems.addAll(look(driver, "ablauf-09-abschnitte-geprueft", shots, axe));
                WebElement reviewed = html(driver);
                driver.findElement(By.xpath("//button[text()='Veröffentlichen']"))
                        .click();
                wait(driver).until(d -> store.get(slug).state() == State.PUBLISHED && stale(reviewed));
                scrollTo(driver, "#ablauf-titel");
                problems.addAll(look(driver, "ablauf-10-veroeffentlicht", shots, null));

                // --- 8. Readers find it: on the front page and through the search.
                driver.get(base + "/");
                assertThat(driver.findElements(By.cssSelector("a[href='/artikel/" + slug + "']")))
                        .isNotEmpty();
                problems.addAll(look(driver, "ablauf-11-leser-startseite", shots, null));
                driver.get(base + "/suche?q=F%C3%A4hrlinie");
                assertThat(driver.findElements(By.cssSelector("a[href='/artikel/" + slug + "']")))
                        .isNotEmpty();
                problems.addAll(look(driver, "ablauf-12-leser-suche", shots, null));

                // --- 9. A correction: the fare was wrong. Edit and save (a pending edit: readers still see the
                // published revision), then "Als Korrektur veröffentlichen" with a public note.
                driver.get(base + "/redaktion/pakete/" + slug);
                text = driver.findElement(By.id("text"));
                String fareLine = value(text).split("\n", -1)[lineOf(value(text), "2,50 Euro") - 1];
                replaceLine(text, lineOf(value(text), "2,50 Euro"), fareLine.replace("2,50 Euro", "3 Euro"));
                driver.findElement(By.id("notiz")).sendKeys("Fahrpreis berichtigt");
                int beforeFare = store.get(slug).revision();
                WebElement farePage = html(driver);
                driver.findElement(By.id("speichern")).click();
                wait(driver).until(d -> store.get(slug).revision() == beforeFare + 1 && stale(farePage));
                String note = "In einer früheren Fassung stand, die Überfahrt koste 2,50 Euro. Richtig sind 3 Euro.";
                driver.findElement(By.id("notiz-corrected")).sendKeys(note);
                WebElement fareSaved = html(driver);
                driver.findElement(By.xpath("//button[text()='Als Korrektur veröffentlichen']"))
                        .click();
                wait(driver).until(d -> store.get(slug).state() == State.CORRECTED && stale(fareSaved));
                scrollTo(driver, "#ablauf-titel");
                problems.addAll(look(driver, "ablauf-13-korrigiert", shots, null));
                driver.get(base + "/artikel/" + slug);
                assertThat(driver.findElement(By.id("korrektur")).getText()).contains(note);
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("3 Euro");
                scrollTo(driver, "#korrektur");
                problems.addAll(look(driver, "ablauf-14-leser-korrekturhinweis", shots, null));

                // --- 10. An accidental save deletes a line of the infobox.
                driver.get(base + "/redaktion/pakete/" + slug);
                text = driver.findElement(By.id("text"));
                toLine(text, lineIs(value(text), "Überfahrt dauert zwölf Minuten"));
                text.sendKeys(Keys.chord(Keys.SHIFT, Keys.DOWN), Keys.BACK_SPACE);
                int beforeAccident = store.get(slug).revision();
                WebElement accident = html(driver);
                text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
                wait(driver).until(d -> store.get(slug).revision() == beforeAccident + 1 && stale(accident));
                assertThat(store.get(slug).text())
                        .isNotEqualTo(store.revision(slug, beforeAccident).text());

                // --- 11. The revisions: compare the fare correction's two revisions word by word.
                driver.findElement(By.linkText("Revisionen vergleichen und wiederherstellen"))
                        .click();
                wait(driver).until(d -> d.getCurrentUrl().endsWith("/revisionen"));
                assertThat(driver.findElements(By.cssSelector("table.history tbody tr")))
                        .hasSize(store.get(slug).revision());
                problems.addAll(look(driver, "ablauf-15-revisionen", shots, axe));
                driver.findElement(By.id("von-" + beforeFare)).click();
                driver.findElement(By.id("bis-" + (beforeFare + 1))).click();
                driver.findElement(By.xpath("//button[text()='Vergleichen']")).click();
                wait(driver).until(d -> d.getCurrentUrl().contains("/vergleich"));
                assertThat(driver.findElement(By.cssSelector("table.diff del")).getText())
                        .isEqualTo("2,50");
                assertThat(driver.findElement(By.cssSelector("table.diff ins")).getText())
                        .isEqualTo("3");
                assertThat(driver.findElement(By.cssSelector("p.diff-summary")).getText())
                        .isEqualTo("1 Stelle geändert: 1 Wort entfernt, 1 hinzugefügt.");
                problems.addAll(look(driver, "ablauf-16-vergleich", shots, axe));

                // --- 12. Restore the revision before the accident: a new revision with the line back.
                driver.findElement(By.linkText("Zur Liste der Revisionen")).click();
                wait(driver).until(d -> d.getCurrentUrl().endsWith("/revisionen"));
                driver.findElement(By.xpath("//tr[@id='revision-" + beforeAccident
                                + "']//button[text()='Diese Revision wiederherstellen']"))
                        .click();
                wait(driver)
                        .until(d -> store.get(slug).revision() == beforeAccident + 2
                                && !d.findElements(By.cssSelector("p.notice")).isEmpty());
                PackageRecord restored = store.get(slug);
                assertThat(restored.text())
                        .isEqualTo(store.revision(slug, beforeAccident).text());
                RevisionInfo last = store.revisions(slug).get(restored.revision() - 1);
                assertThat(last.kind()).isEqualTo(de.ozd.newsroom.store.RevisionKind.RESTORE);
                assertThat(last.author()).isEqualTo("k.redakteur");
                assertThat(driver.findElement(By.cssSelector("p.notice")).getText())
                        .contains("Revision " + beforeAccident + " ist als neue Revision");
                problems.addAll(look(driver, "ablauf-17-wiederhergestellt", shots, null));

                problems.addAll(Browsers.consoleErrors(driver, List.of()));
            } finally {
                driver.quit();
                server.close();
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What an editor writes in place of a draft's placeholder line. */
    private static String filled(String line) {
        if (line.startsWith("OZD-Kommentar")) {
            return "OZD-Kommentar – Ein guter Anfang";
        }
        if (line.contains("Kommentar")) {
            return "Die Linie ist ein guter Anfang; am Wochenende muss sie auch fahren.";
        }
        if (line.contains("Antwort")) {
            return "Karin Lund ist Bürgermeisterin von Kielsund.";
        }
        if (line.matches("[a-e]\\) .*")) {
            // a point the draft left open (the analysis of a report whose facts all stand in the box) keeps its letter
            return line.substring(0, 3) + "Von der Redaktion ergänzt.";
        }
        return "Von der Redaktion ergänzt.";
    }

    private static String value(WebElement textarea) {
        return textarea.getDomProperty("value");
    }

    /** The 1-based number of the first line that holds {@code needle}. */
    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + needle);
    }

    /** The 1-based number of the first line that is exactly {@code line}. */
    private static int lineIs(String text, String line) {
        List<String> lines = List.of(text.split("\n", -1));
        assertThat(lines).contains(line);
        return lines.indexOf(line) + 1;
    }

    /** Scrolls the element {@code css} to the top of the window, for a screenshot of that part of the page. */
    private static void scrollTo(ChromeDriver driver, String css) {
        driver.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
    }

    private static WebElement html(ChromeDriver driver) {
        return driver.findElement(By.tagName("html"));
    }

    /** Whether the page that held {@code e} has been replaced (a form's answer has loaded). */
    private static boolean stale(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (StaleElementReferenceException x) {
            return true;
        }
    }

    /** The cursor to the start of {@code line}, with the keys an editor would press. */
    private static void toLine(WebElement textarea, int line) {
        textarea.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        textarea.sendKeys(Keys.DOWN.toString().repeat(line - 1) + Keys.HOME);
    }

    /** Selects {@code line} (Home, Shift+End) and types {@code replacement} over it. */
    private static void replaceLine(WebElement textarea, int line, String replacement) {
        toLine(textarea, line);
        textarea.sendKeys(Keys.chord(Keys.SHIFT, Keys.END));
        textarea.sendKeys(replacement);
    }

    /**
     * The finding button of {@code rule} in the list, or null. The script rebuilds the list after each check, so a
     * button found a moment ago may be gone: then look again.
     */
    private static WebElement finding(ChromeDriver driver, String rule) {
        for (int attempt = 0; ; attempt++) {
            try {
                for (WebElement b : driver.findElements(By.cssSelector("#befunde button.finding"))) {
                    if (b.getText().contains("(" + rule + ")")) {
                        return b;
                    }
                }
                return null;
            } catch (StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /** The desk and the reader site on a random port, with a Reporter and a Redakteur account. */
    private static ApiServer deskServer(Store store) {
        store.accounts().create("r.reporter", Role.REPORTER, "reporter-passwort");
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        return ApiServer.create(
                store,
                ServerSettings.DEFAULT,
                List.of(new ReaderSite(Site.ozd()), new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)),
                desk);
    }

    /**
     * The Reporter's first steps: the login page, the desk, the form with {@link #REPORT}, the editing view of the
     * drafted package, one screenshot each ({@code shots}, axe-checked); returns the package's slug.
     */
    private static String draftFromReport(
            ChromeDriver driver, String base, List<String> shotNames, Path shots, String axe, List<String> problems)
            throws Exception {
        driver.get(base + "/redaktion");
        assertThat(driver.getCurrentUrl()).endsWith("/redaktion/login");
        problems.addAll(look(driver, shotNames.get(0), shots, axe));
        login(driver, "r.reporter", "reporter-passwort");
        assertThat(driver.getCurrentUrl()).endsWith("/redaktion/pakete");
        problems.addAll(look(driver, shotNames.get(1), shots, axe));
        driver.findElement(By.linkText("Neu aus Meldung")).click();
        driver.findElement(By.id("meldung")).sendKeys(REPORT);
        driver.findElement(By.id("agentur")).sendKeys("dpa");
        driver.findElement(By.id("bild")).sendKeys("Stadtwerke Kielsund");
        problems.addAll(look(driver, shotNames.get(2), shots, axe));
        driver.findElement(By.xpath("//button[text()='Entwurf anlegen']")).click();
        wait(driver).until(d -> d.getCurrentUrl().contains("/redaktion/pakete/"));
        problems.addAll(look(driver, shotNames.get(3), shots, axe));
        return driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
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

    /** A screenshot, and with {@code axe} the serious and critical violations as problems. */
    private static List<String> look(ChromeDriver driver, String name, Path shots, String axe) throws Exception {
        Files.write(shots.resolve("desk-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        if (axe == null) {
            return List.of();
        }
        return Browsers.axeProblems(driver, axe, name);
    }
}
