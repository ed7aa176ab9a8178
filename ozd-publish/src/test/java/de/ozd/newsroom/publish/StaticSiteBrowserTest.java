package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.testkit.Browsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The static site of the examples in headless Chromium, driven over the DevTools protocol: full-page screenshots
 * at phone and desktop width under {@code target/screenshots/}, no console error, no horizontal scrolling on a
 * phone, and no serious or critical axe-core violation (axe from its WebJar, {@link Browsers#axeScript()}). Skips
 * with a printed reason where Chromium is missing (fails under {@code -Dozd.test.strict=true}).
 */
public class StaticSiteBrowserTest {
    private static final Path TARGET = Path.of("target");
    private static final List<int[]> WIDTHS = List.of(new int[] {390, 844, 1}, new int[] {1280, 900, 0});

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void siteRendersCleanlyAndAccessiblyAtPhoneAndDesktopWidth() throws Exception {
        Path chromium = Browsers.chromiumOrSkip();
        String axe = Browsers.axeScript();
        var items =
                TestPackages.all().stream().map(TestPackages.Named::publication).toList();
        Path site = TARGET.resolve("browser-site").toAbsolutePath();
        writeSite(site, new StaticSite(TestPackages.SITE).build(items));
        Path shots = Files.createDirectories(TARGET.resolve("screenshots"));
        try (var old = Files.list(shots)) { // a run before may have had more pages (the seed with ../shared)
            for (Path f : old.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.delete(f);
            }
        }
        List<String> pages = new ArrayList<>(List.of("index.html"));
        items.forEach(p -> pages.add(p.slug() + ".html"));
        Path profile = Files.createTempDirectory(TARGET.toAbsolutePath(), "chromium-profile");
        List<String> problems = new ArrayList<>();
        try (Cdp cdp = Cdp.start(chromium, profile.resolve("p"))) {
            cdp.send("Page.enable");
            cdp.send("Runtime.enable");
            cdp.send("Log.enable");
            for (String page : pages) {
                for (int[] w : WIDTHS) {
                    problems.addAll(check(cdp, site.resolve(page), w, axe, shots));
                }
            }
            problems.addAll(consoleErrors(cdp.events()));
        }
        assertThat(problems).isEmpty();
        assertThat(Files.list(shots).filter(f -> f.toString().endsWith(".png")).count())
                .isEqualTo(2L * pages.size() * WIDTHS.size());
    }

    private static List<String> check(Cdp cdp, Path page, int[] w, String axe, Path shots) throws Exception {
        cdp.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", w[0], "height", w[1], "deviceScaleFactor", 1, "mobile", w[2] == 1));
        cdp.navigate(page.toUri().toString());
        String name = page.getFileName().toString().replace(".html", "") + "-" + w[0] + ".png";
        JsonNode top = cdp.send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(
                shots.resolve(name.replace(".png", "-top.png")),
                Base64.getDecoder().decode(top.path("data").asText()));
        JsonNode size = cdp.send("Page.getLayoutMetrics").path("cssContentSize");
        JsonNode shot = cdp.send(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                w[0],
                                "height",
                                Math.min(size.path("height").asDouble(), 12000),
                                "scale",
                                1)));
        Files.write(
                shots.resolve(name),
                Base64.getDecoder().decode(shot.path("data").asText()));
        List<String> problems = new ArrayList<>();
        int scrollWidth = cdp.eval("document.documentElement.scrollWidth").asInt();
        if (scrollWidth > w[0]) {
            problems.add(name + ": page is " + scrollWidth + " px wide at a " + w[0] + " px viewport");
        }
        if (w[2] == 0 && cdp.eval("document.querySelectorAll('details').length").asInt() > 0) {
            cdp.send("Page.printToPDF");
            if (!cdp.eval("[...document.querySelectorAll('details')].every(d => d.open)")
                    .asBoolean()) {
                problems.add(name + ": explainers stay closed in print");
            }
        }
        cdp.eval(axe + "\n;true");
        String violations = cdp.eval(
                        "axe.run(document, {resultTypes: ['violations'], preload: false}).then(r => JSON.stringify({"
                                + "passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
                                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))}))")
                .asText();
        JsonNode result = new ObjectMapper().readTree(violations);
        if (result.path("passes").asInt() < 10) {
            problems.add(name + ": axe checked only " + result.path("passes") + " rules – did it run?");
        }
        for (JsonNode v : result.path("violations")) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                problems.add(name + ": axe " + impact + " " + v.path("id").asText() + " – "
                        + v.path("help").asText() + " at " + v.path("nodes"));
            } else {
                System.out.println("axe (" + impact + ", tolerated) " + name + ": "
                        + v.path("id").asText());
            }
        }
        return problems;
    }

    private static List<String> consoleErrors(List<JsonNode> events) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add(
                        "exception: " + p.path("exceptionDetails").path("text").asText());
            } else if (method.equals("Runtime.consoleAPICalled")
                    && p.path("type").asText().equals("error")) {
                errors.add("console.error: " + p.path("args"));
            } else if (method.equals("Log.entryAdded")
                    && p.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + p.path("entry").path("text").asText() + " "
                        + p.path("entry").path("url").asText());
            }
        }
        return errors;
    }

    private static void writeSite(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        for (var f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }
}
