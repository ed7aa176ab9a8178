package de.ozd.newsroom.server.desk;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limiting per account and per address: after {@code maxFailures} wrong passwords for one account (or
 * four times as many from one address) within the lockout window, further logins for it are refused until the
 * oldest failure leaves the window. A successful login clears the account's failures. Kept in memory per instance
 * (several instances each count their own share); thread-safe.
 */
final class LoginThrottle {
    private final DeskSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(DeskSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean locked(String account, String address) {
        return count(accountKey(account)) >= settings.maxFailures()
                || count(addressKey(address)) >= 4L * settings.maxFailures();
    }

    void failed(String account, String address) {
        add(accountKey(account));
        add(addressKey(address));
    }

    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private static String accountKey(String account) {
        return "a:" + (account == null ? "" : account.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }

    private void add(String key) {
        long now = clock.millis();
        failures.compute(key, (k, q) -> {
            Deque<Long> d = q == null ? new ArrayDeque<>() : q;
            prune(d, now);
            d.addLast(now);
            return d;
        });
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private long count(String key) {
        long now = clock.millis();
        Deque<Long> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            prune(d, now);
            return d.size();
        }
    }

    private void prune(Deque<Long> d, long now) {
        long from = now - settings.lockout().toMillis();
        while (!d.isEmpty() && d.peekFirst() < from) {
            d.pollFirst();
        }
    }
}
