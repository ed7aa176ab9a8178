package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a reverse proxy every client arrives from the proxy's address. With the proxy trusted
 * ({@code OZD_TRUSTED_PROXIES}), the per-client body bound counts the address the proxy appended to
 * {@code X-Forwarded-For}, so one client holding its bodies does not block the others; without it, or from a peer
 * that is not trusted, the header is ignored. Over real HTTP on a random port, with bodies held open on raw sockets.
 */
class TrustedProxyTest {
    @TempDir
    Path dir;

    private Store store;
    private ApiServer server;
    private String token;
    private final List<Socket> held = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : held) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private Http start(Set<InetAddress> trusted) {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        token = store.tokens().create("proxy", Role.REDAKTEUR);
        // no minimum body rate here: the held bodies must stay held while the test asks
        ConnectionLimits limits = new ConnectionLimits(30_000, 0, 4, 8192, trusted);
        server = ApiServer.create(store, ServerSettings.DEFAULT, limits);
        return new Http(server.start(0), token);
    }

    /** Four bodies of {@code client} that never finish: they hold the client's four places. */
    private void holdFourBodies(String client) throws IOException {
        for (int i = 0; i < 4; i++) {
            Socket s = new Socket("127.0.0.1", server.port());
            s.getOutputStream()
                    .write(("POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                                    + "\r\nX-Forwarded-For: " + client
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                            .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            held.add(s);
        }
    }

    private Http.Response post(Http http, String forwardedFor) {
        return http.send(
                "POST",
                "/api/v1/packages",
                "{}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                null,
                token,
                "X-Forwarded-For",
                forwardedFor);
    }

    /** Asks as {@code client} until its places are all taken (the held bodies reached the server), at most 20 s. */
    private Http.Response untilRefused(Http http, String client) throws InterruptedException {
        Http.Response r = post(http, client);
        for (int i = 0; i < 100 && r.status() != 429; i++) {
            Thread.sleep(200);
            r = post(http, client);
        }
        return r;
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnPlaces() throws Exception {
        Http http = start(Set.of(InetAddress.getByName("127.0.0.1")));
        holdFourBodies("10.0.0.1");
        assertThat(untilRefused(http, "10.0.0.1").json().path("code").asText()).isEqualTo("too_many_bodies");

        Http.Response other = post(http, "10.0.0.2");
        assertThat(other.status()).isNotEqualTo(429).isBetween(400, 499); // read and judged: „{}“ is no package
        assertThat(other.json().path("code").asText()).isNotEqualTo("too_many_bodies");
        // entries before the last are the client's own claims: only the proxy's last entry counts
        assertThat(post(http, "10.0.0.2, 10.0.0.1").status()).isEqualTo(429);
        assertThat(post(http, "10.0.0.1, 10.0.0.3").status()).isNotEqualTo(429);
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() throws Exception {
        Http http = start(Set.of());
        holdFourBodies("10.0.0.1");
        untilRefused(http, "10.0.0.1");
        // every request comes from 127.0.0.1, whatever it claims
        assertThat(post(http, "10.0.0.2").status()).isEqualTo(429);
    }

    @Test
    void aTrustedProxyListTakesOnlyIpLiterals() {
        assertThat(ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", " 127.0.0.1, ::1 "))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "")).isEmpty();
        assertThatThrownBy(() -> ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "127.0.0.1, proxy.example.org"))
                .isInstanceOf(ConnectionLimits.InvalidSetting.class)
                .hasMessageContaining("„proxy.example.org“ ist keine IP-Adresse");
    }
}
