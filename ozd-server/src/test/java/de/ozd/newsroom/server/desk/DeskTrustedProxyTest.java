package de.ozd.newsroom.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.ConnectionLimits;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a reverse proxy every client arrives from the proxy's address. With the proxy trusted
 * ({@code OZD_TRUSTED_PROXIES}) a request counts as coming from the last address of its {@code X-Forwarded-For}: one
 * client's wrong passwords lock that client out, not the others, and the audit log names the client. Without the
 * setting the header is ignored, and every client shares the proxy's lock. Over real HTTP on a random port; each
 * request is answered before the next is sent, so nothing depends on timing.
 */
class DeskTrustedProxyTest {
    private static final int WRONG_PER_ADDRESS = 4 * 3; // four times the per-account bound below

    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private DeskClient web;
    private String base;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void start(Set<InetAddress> trusted) {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        EditorialDesk desk = EditorialDesk.ozd();
        DeskSettings settings =
                new DeskSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3, Duration.ofMinutes(15), 25, 100_000);
        ConnectionLimits limits = ConnectionLimits.DEFAULT.withTrustedProxies(trusted);
        server = ApiServer.create(
                store, ServerSettings.DEFAULT, List.of(new DeskPages(desk, Site.ozd(), settings)), desk, limits);
        base = "http://127.0.0.1:" + server.start(0);
        web = new DeskClient(base);
    }

    /** A login of {@code name} as sent through the proxy for {@code client}; its status. */
    private int login(String client, String name, String password) throws Exception {
        HttpResponse<String> page = web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/login")));
        String loginCookie = DeskClient.cookie(page, DeskPages.LOGIN_COOKIE);
        String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
        return web.send(HttpRequest.newBuilder(URI.create(base + "/redaktion/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", DeskPages.LOGIN_COOKIE + "=" + loginCookie)
                        .header("X-Forwarded-For", client)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                DeskClient.form(Map.of("_csrf", token, "name", name, "passwort", password)))))
                .statusCode();
    }

    /** Wrong passwords from {@code client}, each for another account, until its address is locked. */
    private void lockOut(String client) throws Exception {
        for (int i = 0; i < WRONG_PER_ADDRESS; i++) {
            assertThat(login(client, "konto" + i, "falsch")).isEqualTo(401);
        }
        assertThat(login(client, "k.redakteur", "redakteur-passwort")).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyOneClientsWrongPasswordsLockOnlyThatClient() throws Exception {
        start(Set.of(InetAddress.getByName("127.0.0.1")));
        lockOut("203.0.113.7");
        assertThat(login("203.0.113.8", "k.redakteur", "redakteur-passwort")).isEqualTo(303);
        // the entries before the proxy's last one are the client's own claims
        assertThat(login("203.0.113.8, 203.0.113.7", "k.redakteur", "redakteur-passwort"))
                .isEqualTo(429);
        assertThat(login("203.0.113.7, 203.0.113.9", "k.redakteur", "redakteur-passwort"))
                .isEqualTo(303);
        assertThat(store.accounts().auditLog(100, 0).items().stream()
                        .filter(e -> e.action().equals("login"))
                        .map(e -> e.detail().orElse("")))
                .containsExactly("203.0.113.9", "203.0.113.8");
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() throws Exception {
        start(Set.of());
        lockOut("203.0.113.7");
        // every request comes from 127.0.0.1, whatever it claims
        assertThat(login("203.0.113.8", "k.redakteur", "redakteur-passwort")).isEqualTo(429);
    }
}
