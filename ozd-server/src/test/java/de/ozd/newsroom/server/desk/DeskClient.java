package de.ozd.newsroom.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/** A browser's side of the desk over plain HTTP: log in (form token, session cookie), read pages, post forms. */
public final class DeskClient {
    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code base}: the server's address, e.g. {@code http://127.0.0.1:PORT}. */
    public DeskClient(String base) {
        this.base = base;
    }

    /** A logged-in browser: its session cookie and the CSRF token of its pages. */
    public record Browser(String cookie, String csrf) {}

    public HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) {
                return h.substring(name.length() + 1, h.indexOf(';'));
            }
        }
        return null;
    }

    public static String setCookieHeader(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "="))
                .findFirst()
                .orElse(null);
    }

    public static String form(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    public HttpResponse<String> postLogin(String name, String password, String existingSession, String forwarded)
            throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/redaktion/login")));
        assertThat(page.statusCode()).isEqualTo(200);
        String loginCookie = cookie(page, DeskPages.LOGIN_COOKIE);
        String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/redaktion/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Cookie",
                        DeskPages.LOGIN_COOKIE + "=" + loginCookie
                                + (existingSession != null ? "; " + DeskPages.COOKIE + "=" + existingSession : ""))
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("_csrf", token, "name", name, "passwort", password))));
        if (forwarded != null) {
            b.header("X-Forwarded-Proto", forwarded);
        }
        return send(b);
    }

    public Browser login(String name, String password) throws Exception {
        HttpResponse<String> r = postLogin(name, password, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String session = cookie(r, DeskPages.COOKIE);
        HttpResponse<String> desk = get(new Browser(session, null), "/redaktion/pakete");
        assertThat(desk.statusCode()).isEqualTo(200);
        String csrf =
                Jsoup.parse(desk.body()).selectFirst("meta[name=ozd-csrf]").attr("content");
        return new Browser(session, csrf);
    }

    public HttpResponse<String> get(Browser b, String path) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
        if (b != null) {
            r.header("Cookie", DeskPages.COOKIE + "=" + b.cookie());
        }
        return send(r);
    }

    /**
     * A desk page that must answer 200, parsed; otherwise the assertion names the status, the redirect target and
     * the start of the body, so a failure on a loaded machine says what the server answered instead.
     */
    public org.jsoup.nodes.Document page(Browser b, String path) throws Exception {
        HttpResponse<String> r = get(b, path);
        String body = r.body();
        assertThat(r.statusCode())
                .as(
                        "GET %s → %d, Location %s: %s",
                        path,
                        r.statusCode(),
                        r.headers().firstValue("Location").orElse("-"),
                        body.substring(0, Math.min(body.length(), 2000)))
                .isEqualTo(200);
        return Jsoup.parse(body);
    }

    public HttpResponse<String> post(Browser b, String path, Map<String, String> fields) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (b != null) {
            r.header("Cookie", DeskPages.COOKIE + "=" + b.cookie());
        }
        return send(r);
    }

    public static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
