package de.ozd.newsroom.server.desk;

import java.time.Duration;

/**
 * The desk's documented settings (docs/editing.md, docs/operations.md).
 *
 * @param idleTimeout      a session ends after this long without a request
 * @param absoluteTimeout  a session ends this long after the login, used or not
 * @param maxFailures      wrong passwords per account (and four times as many per address) within
 *                         {@code lockout} before logins are refused for {@code lockout}
 * @param lockout          how long a lock lasts and how far back failures count
 * @param pageSize         packages per page of the desk list
 * @param maxReportChars   longest wire report accepted for a new package
 */
public record DeskSettings(
        Duration idleTimeout,
        Duration absoluteTimeout,
        int maxFailures,
        Duration lockout,
        int pageSize,
        int maxReportChars) {
    public static final DeskSettings DEFAULT =
            new DeskSettings(Duration.ofMinutes(30), Duration.ofHours(12), 5, Duration.ofMinutes(15), 25, 100_000);
}
