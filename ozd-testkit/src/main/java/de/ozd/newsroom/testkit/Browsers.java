package de.ozd.newsroom.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Headless Chromium for browser tests: the browser binary ({@code -Dozd.chromium}, {@code OZD_CHROMIUM}, else
 * {@code /usr/bin/chromium}) and, for Selenium, chromedriver ({@code -Dozd.chromedriver}, {@code
 * OZD_CHROMEDRIVER}, else {@code /usr/bin/chromedriver}, which Selenium must be given explicitly: it may never
 * download a driver). Where one is missing the test skips with a printed reason (fails under {@link
 * Skip#strict()}).
 *
 * <p>With Selenium: {@code var c = Browsers.chromeOrSkip();} then {@code new ChromeOptions().setBinary(c.binary()
 * .toString())} and {@code new ChromeDriverService.Builder().usingDriverExecutable(c.driver().toFile())}.
 */
public final class Browsers {
    private Browsers() {}

    /** The Chromium binary and the chromedriver that drives it. */
    public record Chrome(Path binary, Path driver) {}

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
