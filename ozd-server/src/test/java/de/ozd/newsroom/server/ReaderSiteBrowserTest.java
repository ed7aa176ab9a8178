package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.testkit.Browsers;
import de.ozd.newsroom.testkit.Skip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo newsroom ({@code ozd serve --demo}: the examples, published, one corrected) served over HTTP and opened
 * in headless Chromium through Selenium ({@code /usr/bin/chromedriver}, set explicitly) at 360 px (a phone) and
 * 1280 px: front page, the corrected article, a search and a topic page. On each: no horizontal scrolling, the
 * stylesheet loaded, no console error (a Content-Security-Policy violation is one), and no serious or critical
 * axe-core violation (axe from the WebJar on the test class path, injected by the test). On the article the
 * correction box is on the first screen and the explainers open and close. Then the 410 page of an article
 * retracted meanwhile. Screenshots under {@code target/screenshots/}. Skips with a printed reason where Chromium,
 * chromedriver or the examples are missing.
 */
class ReaderSiteBrowserTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<int[]> WIDTHS = List.of(new int[] {360, 780, 1}, new int[] {1280, 900, 0});

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void readerPagesRenderCleanlyAndAccessiblyAtPhoneAndDesktopWidth() throws Exception {
        Browsers.Chrome chrome = Browsers.chromeOrSkip();
        Skip.unless(Files.isDirectory(EXAMPLES), "no examples/ folder next to ozd-server");
        String axe = Browsers.axeScript();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            importExamples(store);
            assertThat(DemoNewsroom.publishAll(store)).isEqualTo(3);
            ApiServer server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd())));
            ChromeDriver driver = null;
            try {
                String base = "http://127.0.0.1:" + server.start(0);
                driver = chrome.start(dir, "profile", 1280, 900);
                List<String[]> pages = List.of(
                        new String[] {"/", "front"},
                        new String[] {"/artikel/" + DemoNewsroom.CORRECTED_SLUG, "article"},
                        new String[] {"/suche?q=Br%C3%BCcken", "search"},
                        new String[] {"/thema/Verkehr", "topic"});
                for (int[] w : WIDTHS) {
                    for (String[] p : pages) {
                        problems.addAll(open(driver, base + p[0], p[1] + "-" + w[0], w, shots, axe));
                        if (p[1].equals("article")) {
                            problems.addAll(articleChecks(driver, w));
                        }
                        if (p[1].equals("search")
                                && driver.findElements(By.cssSelector(".search-hits mark"))
                                        .isEmpty()) {
                            problems.add("search at " + w[0] + " px: no highlighted hit for Brücken");
                        }
                    }
                }
                problems.addAll(Browsers.consoleErrors(driver, List.of()));
                store.transition(
                        "hafen-streik", State.RETRACTED, "Die Zahl der Streikenden war nicht belegt.", "demo", null);
                problems.addAll(
                        open(driver, base + "/artikel/hafen-streik", "zurueckgezogen-1280", WIDTHS.get(1), shots, axe));
                if (!driver.findElement(By.tagName("main"))
                        .getText()
                        .contains("Begründung: Die Zahl der Streikenden war nicht belegt.")) {
                    problems.add("410 page without the reason");
                }
                problems.addAll(Browsers.consoleErrors(driver, List.of("/artikel/hafen-streik")));
            } finally {
                if (driver != null) {
                    driver.quit();
                }
                server.close();
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> open(ChromeDriver driver, String url, String name, int[] w, Path shots, String axe)
            throws Exception {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", w[0], "height", w[1], "deviceScaleFactor", 1, "mobile", w[2] == 1));
        driver.get(url);
        Files.write(shots.resolve("reader-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = driver;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) js.executeScript("return window.innerWidth");
        if (scrollWidth > viewport) {
            problems.add(name + ": page is " + scrollWidth + " px wide at a " + viewport + " px viewport");
        }
        if (!"double"
                .equals(js.executeScript(
                        "return getComputedStyle(document.querySelector('.masthead')).borderBottomStyle"))) {
            problems.add(name + ": the stylesheet /ozd.css did not load");
        }
        problems.addAll(Browsers.axeProblems(js, axe, name));
        return problems;
    }

    /** The correction box on the first screen; explainers are closed details that a tap opens. */
    private static List<String> articleChecks(ChromeDriver driver, int[] w) {
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = driver;
        long boxTop = (Long)
                js.executeScript("return Math.round(document.querySelector('#korrektur').getBoundingClientRect().top)");
        if (boxTop < 0 || boxTop > w[1]) {
            problems.add("correction box at y=" + boxTop + ", outside the first screen at " + w[0] + " px");
        }
        if (!driver.findElement(By.id("korrektur")).getText().contains(DemoNewsroom.CORRECTION_NOTE)) {
            problems.add("correction note missing at " + w[0] + " px");
        }
        List<WebElement> details = driver.findElements(By.cssSelector(".explainers details"));
        if (details.isEmpty()) {
            problems.add("no expandable explainers at " + w[0] + " px");
        } else {
            WebElement d = details.get(0);
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", d);
            d.findElement(By.tagName("summary")).click();
            if (d.getAttribute("open") == null) {
                problems.add("explainer did not open on a tap at " + w[0] + " px");
            }
        }
        if (driver.findElements(By.cssSelector("section.related h2")).isEmpty()) {
            problems.add("no „Mehr zum Thema“ at " + w[0] + " px");
        }
        return problems;
    }

    /** The examples, as {@code ozd import} stores them: front matter slug, else the file name. */
    private static void importExamples(Store store) throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Draft d = Draft.fromText(Files.readString(f, StandardCharsets.UTF_8));
                String slug = d.pkg().frontMatter().get("slug").isPresent()
                        ? null
                        : f.getFileName().toString().replace(".txt", "");
                store.create(slug, d, "demo", "Beispiel importiert");
            }
        }
    }
}
