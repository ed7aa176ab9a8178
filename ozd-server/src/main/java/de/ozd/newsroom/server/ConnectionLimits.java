package de.ozd.newsroom.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What one client may hold of the server (issue 10, findings 2, 3 and 7): idle connections are closed, a request
 * body must arrive at a minimum rate, one client reads at most a few bodies at once (the others are refused with
 * 429 at once instead of holding a thread), request lines and headers are bounded, and what Jetty refuses on its
 * own (a URI over the limit, a bad percent-escape, a malformed chunk) is answered with the API's JSON error, not
 * Jetty's HTML page. Settings from the environment (documented in docs/operations.md):
 *
 * <ul>
 *   <li>{@code OZD_IDLE_TIMEOUT_MS} (30000): a connection silent this long is closed;
 *   <li>{@code OZD_MIN_BODY_BYTES_PER_SECOND} (1024): a slower request body is cut off (408);
 *   <li>{@code OZD_MAX_BODIES_PER_CLIENT} (4): request bodies one client address may send at once;
 *   <li>{@code OZD_MAX_HEADER_BYTES} (8192): request line (URI) and headers together;
 *   <li>{@code OZD_TRUSTED_PROXIES} (none): addresses of reverse proxies, comma-separated IP literals; a request from
 *       one of them counts as coming from the last address of its {@code X-Forwarded-For} (for the body bound, the
 *       login lockout, the audit and the access log). A request from anywhere else keeps its own address, whatever
 *       it sends.
 * </ul>
 */
public record ConnectionLimits(
        long idleTimeoutMillis,
        int minBodyBytesPerSecond,
        int maxBodiesPerClient,
        int maxHeaderBytes,
        Set<InetAddress> trustedProxies) {
    public static final ConnectionLimits DEFAULT = new ConnectionLimits(30_000, 1024, 4, 8192, Set.of());

    public ConnectionLimits {
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /** The defaults, each overridden by its environment variable where set to a positive number. */
    public static ConnectionLimits fromEnvironment() {
        return new ConnectionLimits(
                env("OZD_IDLE_TIMEOUT_MS", DEFAULT.idleTimeoutMillis),
                (int) env("OZD_MIN_BODY_BYTES_PER_SECOND", DEFAULT.minBodyBytesPerSecond),
                (int) env("OZD_MAX_BODIES_PER_CLIENT", DEFAULT.maxBodiesPerClient),
                (int) env("OZD_MAX_HEADER_BYTES", DEFAULT.maxHeaderBytes),
                addresses("OZD_TRUSTED_PROXIES", System.getenv("OZD_TRUSTED_PROXIES")));
    }

    /** These limits with {@code proxies} as the trusted reverse proxies. */
    public ConnectionLimits withTrustedProxies(Set<InetAddress> proxies) {
        return new ConnectionLimits(
                idleTimeoutMillis, minBodyBytesPerSecond, maxBodiesPerClient, maxHeaderBytes, proxies);
    }

    /**
     * The addresses of a comma-separated list of IP literals („127.0.0.1, ::1“); a name or anything else is refused
     * with a message that says which setting and entry, so the server does not start behind a proxy it cannot trust.
     */
    static Set<InetAddress> addresses(String setting, String list) {
        Set<InetAddress> out = new java.util.LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String entry : list.split(",")) {
            String e = entry.strip();
            java.util.Optional<InetAddress> a = literal(e);
            if (a.isEmpty()) {
                throw new InvalidSetting(setting + ": „" + e
                        + "“ ist keine IP-Adresse; bitte Adressen wie 127.0.0.1 oder ::1 mit Komma getrennt angeben.");
            }
            out.add(a.get());
        }
        return out;
    }

    /** A setting from the environment that cannot be used; the message says which and what to write instead. */
    public static final class InvalidSetting extends IllegalArgumentException {
        InvalidSetting(String message) {
            super(message);
        }
    }

    /** An IPv4 or IPv6 literal as an address, without any name lookup; empty for anything else. */
    static java.util.Optional<InetAddress> literal(String s) {
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+"); // never a name: „cafe.de“ would be looked up
        if (s.length() > 45 || !v4 && !v6) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.getByName(s)); // a literal: no lookup
        } catch (java.net.UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }

    private static long env(String name, long fallback) {
        String v = System.getenv(name);
        try {
            long n = v == null ? fallback : Long.parseLong(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Applies the connector and error-page settings to Javalin's Jetty server. */
    void apply(Server server) {
        for (var connector : server.getConnectors()) {
            if (connector instanceof ServerConnector c) {
                c.setIdleTimeout(idleTimeoutMillis);
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    configure(http.getHttpConfiguration());
                }
            }
        }
        server.setErrorHandler(new JsonErrorHandler());
    }

    void configure(HttpConfiguration http) {
        http.setRequestHeaderSize(maxHeaderBytes);
        http.setMinRequestDataRate(minBodyBytesPerSecond);
        http.setIdleTimeout(idleTimeoutMillis);
        if (!trustedProxies.isEmpty()) {
            http.addCustomizer(new ForwardedFor(trustedProxies));
        }
    }

    /**
     * Behind a trusted reverse proxy, the client is the address the proxy appended last to {@code X-Forwarded-For}
     * (nginx: {@code proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for}); entries before it are the
     * client's own claims and are not read. From any other peer the header is ignored.
     */
    static final class ForwardedFor implements HttpConfiguration.Customizer {
        private final Set<InetAddress> trusted;

        ForwardedFor(Set<InetAddress> trusted) {
            this.trusted = trusted;
        }

        @Override
        public void customize(Connector connector, HttpConfiguration config, Request request) {
            InetSocketAddress peer = request.getRemoteInetSocketAddress();
            if (peer == null || peer.getAddress() == null || !trusted.contains(peer.getAddress())) {
                return;
            }
            String last = null;
            for (String value : java.util.Collections.list(request.getHeaders("X-Forwarded-For"))) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        last = part.strip();
                    }
                }
            }
            if (last != null) {
                literal(last).ifPresent(a -> request.setRemoteAddr(new InetSocketAddress(a, peer.getPort())));
            }
        }
    }

    /** Counts the bodies each client address is sending; {@link #enter} refuses beyond the limit. */
    static final class BodyGate {
        private final int max;
        private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

        BodyGate(int max) {
            this.max = max;
        }

        /** Reads a body of at most {@code limit} bytes while holding one of the client's places. */
        byte[] read(String client, InputStream in, long limit, java.util.function.LongFunction<ApiException> tooLarge) {
            AtomicInteger count = open.computeIfAbsent(client, k -> new AtomicInteger());
            if (count.incrementAndGet() > max) {
                release(client, count);
                throw new ApiException(
                        429,
                        "too_many_bodies",
                        "Von Ihrer Adresse werden schon " + max + " Anfragen mit Inhalt gelesen; "
                                + "bitte warten Sie, bis eine fertig ist.");
            }
            try {
                byte[] buffer = new byte[8192];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                long total = 0;
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    total += n;
                    if (total > limit) {
                        throw tooLarge.apply(total);
                    }
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            } catch (IOException | RuntimeException e) {
                if (e instanceof ApiException a) {
                    throw a;
                }
                boolean slow = String.valueOf(e.getMessage())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains("rate")
                        || e instanceof java.util.concurrent.TimeoutException
                        || e.getCause() instanceof java.util.concurrent.TimeoutException;
                throw slow
                        ? new ApiException(
                                408, "body_timeout", "Der Inhalt kam zu langsam an; die Anfrage wurde abgebrochen.")
                        : new ApiException(
                                400,
                                "malformed_body",
                                "Der Inhalt kam fehlerhaft oder unvollständig an (z. B. ein kaputter Chunk).");
            } finally {
                release(client, count);
            }
        }

        private void release(String client, AtomicInteger count) {
            if (count.decrementAndGet() <= 0) {
                open.remove(client, count);
            }
        }
    }

    /** Jetty's own refusals (before or outside a route) as the API's JSON error. */
    static final class JsonErrorHandler extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            fields.put("X-Content-Type-Options", "nosniff");
            return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void handle(
                String target,
                Request baseRequest,
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response)
                throws IOException {
            int status = response.getStatus();
            response.setContentType("application/json; charset=utf-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(body(status).getBytes(StandardCharsets.UTF_8));
            baseRequest.setHandled(true);
        }

        static String body(int status) {
            String code;
            String message;
            switch (status) {
                case 414 -> {
                    code = "uri_too_long";
                    message = "Die Adresse ist zu lang.";
                }
                case 431 -> {
                    code = "headers_too_large";
                    message = "Die Kopfzeilen der Anfrage sind zu groß.";
                }
                case 413 -> {
                    code = "too_large";
                    message = "Der Inhalt ist zu groß.";
                }
                case 408 -> {
                    code = "timeout";
                    message = "Die Anfrage kam zu langsam an.";
                }
                default -> {
                    code = status == 400 ? "bad_request" : "http_" + status;
                    message = "Die Anfrage ist fehlerhaft (HTTP " + status + "), etwa eine ungültige %-Kodierung.";
                }
            }
            return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"status\":" + status + "}";
        }
    }
}
