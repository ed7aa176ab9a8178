package de.ozd.newsroom.server.reader;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * How a kept page is answered, the same for the fast path ({@link CachedPageHandler}) and the Javalin routes: the
 * security headers, 304 for a current copy (RFC 9110: If-None-Match decides when present, else If-Modified-Since),
 * the gzip form where the client accepts it.
 */
public final class PageResponses {
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private PageResponses() {}

    /** What to send: the status, the bytes (empty for 304) and whether they are the gzip form. */
    public record Decision(int status, byte[] body, boolean gzip) {}

    public static void securityHeaders(BiConsumer<String, String> header, String csp) {
        header.accept("Content-Security-Policy", csp);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", REFERRER_POLICY);
        header.accept("X-Frame-Options", "DENY");
    }

    /** Sets the headers of {@code p} and decides what to send. */
    public static Decision answer(
            RenderedPage p,
            String acceptEncoding,
            String ifNoneMatch,
            String ifModifiedSince,
            BiConsumer<String, String> header) {
        securityHeaders(header, p.csp());
        header.accept("Cache-Control", p.cacheControl());
        boolean gz = p.gzip() != null && acceptsGzip(acceptEncoding);
        if (p.gzip() != null) {
            header.accept("Vary", "Accept-Encoding");
        }
        if (p.status() == 200) {
            header.accept("ETag", gz ? p.gzipEtag() : p.etag());
            header.accept("Last-Modified", p.lastModified());
            if (notModified(p, ifNoneMatch, ifModifiedSince)) {
                return new Decision(304, new byte[0], false);
            }
        }
        header.accept("Content-Type", p.contentType());
        if (gz) {
            header.accept("Content-Encoding", "gzip");
        }
        return new Decision(p.status(), gz ? p.gzip() : p.body(), gz);
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.indexOf("gzip") < 0 && acceptEncoding.indexOf('*') < 0) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] f = part.trim().split(";");
            String coding = f[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                for (int i = 1; i < f.length; i++) {
                    String param = f[i].trim().replace(" ", "");
                    if (param.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static boolean notModified(RenderedPage p, String inm, String ims) {
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(p.etag()) || t.equals(p.gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
        if (ims != null) {
            try {
                long since = ZonedDateTime.parse(ims.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toEpochSecond();
                return p.lastModifiedSeconds() <= since;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
