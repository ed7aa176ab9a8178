package de.ozd.newsroom.testkit;

import java.util.Locale;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one way a test says "what I need is missing here": it prints {@code SKIPPED: <reason>} and aborts the test
 * as skipped, or, under the strict switch, fails it. The switch is the system property {@value #PROPERTY}
 * ({@code -Dozd.test.strict=true}, passed on to Surefire and Failsafe by the parent POM) or the environment
 * variable {@value #ENV} ({@code 1} or {@code true}). {@code .ci/run} sets it, because CI has PostgreSQL, Chromium
 * and {@code ../shared}: there a missing service is a broken build, not a skipped test.
 */
public final class Skip {
    /** System property that turns every skip into a failure. */
    public static final String PROPERTY = "ozd.test.strict";
    /** Environment variable with the same effect as {@link #PROPERTY}. */
    public static final String ENV = "OZD_TEST_STRICT";

    private Skip() {}

    /** Whether a missing service or data set fails the test instead of skipping it. */
    public static boolean strict() {
        return strict(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    /** Whether the given property and environment values switch strict mode on ({@code true}, {@code 1}, {@code yes}). */
    public static boolean strict(String property, String env) {
        return isOn(property) || isOn(env);
    }

    private static boolean isOn(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("yes");
    }

    /**
     * Skips the calling test because {@code reason} (what is missing and how to get it), or fails it under the
     * strict switch. Never returns; typed so that it can stand where a value is expected.
     */
    public static <T> T missing(String reason) {
        Throwable t = outcome(reason, strict());
        if (t instanceof Error e) {
            throw e;
        }
        throw (RuntimeException) t;
    }

    /** {@link #missing(String)} unless {@code present}. */
    public static void unless(boolean present, String reason) {
        if (!present) {
            missing(reason);
        }
    }

    /** {@link #missing(String)} unless {@code present}; the reason is built only when needed. */
    public static void unless(boolean present, Supplier<String> reason) {
        if (!present) {
            missing(reason.get());
        }
    }

    /** The throwable for a missing {@code reason}: a failure when {@code strict}, else an aborted (skipped) test. */
    static Throwable outcome(String reason, boolean strict) {
        if (strict) {
            String message = "MISSING (strict, -D" + PROPERTY + "=true): " + reason;
            System.out.println(message);
            return new AssertionFailedError(message);
        }
        System.out.println("SKIPPED: " + reason);
        return new TestAbortedException(reason);
    }
}
