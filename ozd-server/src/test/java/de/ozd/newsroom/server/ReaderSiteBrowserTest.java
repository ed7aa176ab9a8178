package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.publish.Cdp;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.StaticSiteBrowserTest;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.testkit.Skip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The demo newsroom ({@code ozd serve --demo}: the examples, published, one corrected) served over HTTP and opened
 * in headless Chromium: the front page and the corrected article at phone and desktop width, screenshots under
 * {@code target/screenshots/}, no console error, no horizontal scrolling, the correction box visible without
 * scrolling, and no serious or critical axe-core violation; then the 410 page of an article retracted meanwhile.
 * Skips with a printed reason where Chromium or the examples are missing, and checks without axe where
 * {@code axe.min.js} cannot be had (see docs/publishing.md).
 */
class ReaderSiteBrowserTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<int[]> WIDTHS = List.of(new int[] {390, 844, 1}, new int[] {1280, 900, 0});

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void demoFrontPageAndCorrectedArticleRenderCleanly() throws Exception {
        Path chromium = StaticSiteBrowserTest.chromium();
        Skip.unless(Files.isDirectory(EXAMPLES), "no examples/ folder next to ozd-server");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        String axe = axeOrNull();
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
            importExamples(store);
            assertThat(DemoNewsroom.publishAll(store)).isEqualTo(3);
            ApiServer server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(new ReaderSite(Site.ozd())));
            try (Cdp cdp = Cdp.start(chromium, dir.resolve("chromium-profile"))) {
                String base = "http://127.0.0.1:" + server.start(0);
                cdp.send("Page.enable");
                cdp.send("Runtime.enable");
                cdp.send("Log.enable");
                for (int[] w : WIDTHS) {
                    problems.addAll(open(cdp, base + "/", "demo-index-" + w[0], w, shots, axe));
                    problems.addAll(open(
                            cdp,
                            base + "/artikel/" + DemoNewsroom.CORRECTED_SLUG,
                            "demo-korrigiert-" + w[0],
                            w,
                            shots,
                            axe));
                    int boxTop = cdp.eval(
                                    "Math.round(document.querySelector('#korrektur').getBoundingClientRect()" + ".top)")
                            .asInt();
                    if (boxTop < 0 || boxTop > w[1]) {
                        problems.add("correction box at y=" + boxTop + ", outside the first screen at " + w[0] + " px");
                    }
                    if (!cdp.eval("document.querySelector('#korrektur').innerText")
                            .asText()
                            .contains(DemoNewsroom.CORRECTION_NOTE)) {
                        problems.add("correction note missing at " + w[0] + " px");
                    }
                }
                store.transition(
                        "hafen-streik", State.RETRACTED, "Die Zahl der Streikenden war nicht belegt.", "demo", null);
                problems.addAll(open(
                        cdp, base + "/artikel/hafen-streik", "demo-zurueckgezogen-1280", WIDTHS.get(1), shots, axe));
                if (!cdp.eval("document.querySelector('main').innerText")
                        .asText()
                        .contains("Begründung: Die Zahl der Streikenden war nicht belegt.")) {
                    problems.add("410 page without the reason");
                }
                for (JsonNode e : cdp.events()) {
                    String method = e.path("method").asText();
                    JsonNode entry = e.path("params").path("entry");
                    boolean expected410 = entry.path("url").asText().endsWith("/artikel/hafen-streik");
                    if (method.equals("Runtime.exceptionThrown")
                            || (method.equals("Log.entryAdded")
                                    && entry.path("level").asText().equals("error")
                                    && !expected410)) {
                        problems.add(method + ": " + e.path("params"));
                    }
                }
            } finally {
                server.close();
            }
        }
        assertThat(problems).isEmpty();
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

    /**
     * axe-core's script, or {@code null} (printed) where it cannot be had: the other checks still run (under {@code
     * -Dozd.test.strict=true} a missing axe fails the test instead).
     */
    private static String axeOrNull() throws Exception {
        try {
            return Files.readString(StaticSiteBrowserTest.axe(), StandardCharsets.UTF_8);
        } catch (TestAbortedException e) {
            System.out.println("axe-core checks left out: " + e.getMessage());
            return null;
        }
    }

    private static List<String> open(Cdp cdp, String url, String name, int[] w, Path shots, String axe)
            throws Exception {
        cdp.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", w[0], "height", w[1], "deviceScaleFactor", 1, "mobile", w[2] == 1));
        cdp.navigate(url);
        JsonNode top = cdp.send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(
                shots.resolve(name + ".png"),
                Base64.getDecoder().decode(top.path("data").asText()));
        List<String> problems = new ArrayList<>();
        int scrollWidth = cdp.eval("document.documentElement.scrollWidth").asInt();
        if (scrollWidth > w[0]) {
            problems.add(name + ": page is " + scrollWidth + " px wide at a " + w[0] + " px viewport");
        }
        if (!cdp.eval("getComputedStyle(document.querySelector('.masthead')).borderBottomStyle")
                .asText()
                .equals("double")) {
            problems.add(name + ": the stylesheet /ozd.css did not load");
        }
        if (axe != null) {
            cdp.eval(axe + "\n;true");
            String json = cdp.eval("axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify({"
                            + "passes: r.passes.length, bad: r.violations.filter(v => v.impact === 'serious' || v.impact === "
                            + "'critical').map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))")
                    .asText();
            JsonNode result = new ObjectMapper().readTree(json);
            if (result.path("passes").asInt() < 10) {
                problems.add(name + ": axe checked only " + result.path("passes") + " rules – did it run?");
            }
            for (JsonNode v : result.path("bad")) {
                problems.add(name + ": axe " + v.asText());
            }
        }
        return problems;
    }
}
