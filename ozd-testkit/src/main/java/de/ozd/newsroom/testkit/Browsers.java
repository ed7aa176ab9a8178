package de.ozd.newsroom.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

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

    private static Path executable(String property, String env, String fallback, String reason) {
        String configured = System.getProperty(property, System.getenv(env));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        Skip.unless(Files.isExecutable(path), () -> String.format(reason, path));
        return path;
    }
}
