package de.ozd.newsroom.publish;

import de.ozd.newsroom.core.HouseConfig;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and under which name articles are published. Immutable.
 *
 * @param name          the publisher's name, shown in the masthead and used in feeds and IPTC items
 * @param baseUrl       the absolute URL the site is served under; article pages are {@code baseUrl/<slug>.html}
 * @param zone          the newsroom's time zone: dates without an offset are read in it, and pages show it
 * @param stylesheetHref where article pages link their CSS; empty means the CSS is inlined (a self-contained page)
 * @param house          the house words used as section headings ({@code OZD-Analyse}, {@code Erklärungen} …)
 */
public record Site(String name, URI baseUrl, ZoneId zone, Optional<String> stylesheetHref, HouseConfig house) {
    /** The default base URL; a real deployment passes its own ({@code --base-url}). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://ozd.example/");

    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(stylesheetHref, "stylesheetHref");
        Objects.requireNonNull(house, "house");
        if (!baseUrl.isAbsolute()) {
            throw new IllegalArgumentException("base URL must be absolute: " + baseUrl);
        }
        if (!baseUrl.getPath().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
    }

    /** The OZD site at {@link #DEFAULT_BASE_URL}, Berlin time, CSS inlined. */
    public static Site ozd() {
        return new Site("OZD", DEFAULT_BASE_URL, ZoneId.of("Europe/Berlin"), Optional.empty(), HouseConfig.OZD);
    }

    public Site withBaseUrl(URI value) {
        return new Site(name, value, zone, stylesheetHref, house);
    }

    public Site withStylesheet(String href) {
        return new Site(name, baseUrl, zone, Optional.ofNullable(href), house);
    }

    /** Another house (another outlet): its heading words, and its brand as the publisher's name. */
    public Site withHouse(HouseConfig value) {
        return new Site(value.brand(), baseUrl, zone, stylesheetHref, value);
    }

    /** The absolute URL of an article page. */
    public URI articleUrl(String slug) {
        return baseUrl.resolve(slug + ".html");
    }
}
