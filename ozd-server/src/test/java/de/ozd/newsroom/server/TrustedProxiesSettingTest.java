package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * {@code OZD_TRUSTED_PROXIES} takes IP literals only: a name would need a lookup at start and could change under the
 * server, so it stops {@code ozd serve} with a German message that says which entry to write differently. What the
 * setting does over HTTP is in {@code desk.DeskTrustedProxyTest}.
 */
class TrustedProxiesSettingTest {
    @Test
    void aTrustedProxyListTakesOnlyIpLiterals() {
        assertThat(ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", " 127.0.0.1, ::1 "))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "")).isEmpty();
        assertThat(ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", null)).isEmpty();
        assertThatThrownBy(() -> ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "127.0.0.1, proxy.example.org"))
                .isInstanceOf(ConnectionLimits.InvalidSetting.class)
                .hasMessageContaining("„proxy.example.org“ ist keine IP-Adresse");
        assertThatThrownBy(() -> ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "10.0.0.0/8"))
                .isInstanceOf(ConnectionLimits.InvalidSetting.class);
        // hex letters and a dot make a name, not an address: refused without a lookup
        assertThatThrownBy(() -> ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "cafe.de"))
                .isInstanceOf(ConnectionLimits.InvalidSetting.class);
        assertThatThrownBy(() -> ConnectionLimits.addresses("OZD_TRUSTED_PROXIES", "1.2.3"))
                .isInstanceOf(ConnectionLimits.InvalidSetting.class);
    }
}
