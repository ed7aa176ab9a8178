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

    /** Bit of {@link #variant}: the gzip form is sent. */
    public static final int GZIP = 2;
    /** Bit of {@link #variant}: the client's copy is current, 304. */
    public static final int NOT_MODIFIED = 1;

    /** Which answer a request gets: {@link #GZIP} and {@link #NOT_MODIFIED} bits. */
    public static int variant(RenderedPage p, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
        boolean gz = p.gzip() != null && acceptsGzip(acceptEncoding);
        boolean nm = p.status() == 200 && notModified(p, ifNoneMatch, ifModifiedSince);
        return (gz ? GZIP : 0) | (nm ? NOT_MODIFIED : 0);
    }

    /** Sets the headers of {@code p} and decides what to send. */
    public static Decision answer(
            RenderedPage p,
            String acceptEncoding,
            String ifNoneMatch,
            String ifModifiedSince,
            BiConsumer<String, String> header) {
        int v = variant(p, acceptEncoding, ifNoneMatch, ifModifiedSince);
        boolean gz = (v & GZIP) != 0;
        securityHeaders(header, p.csp());
        header.accept("Cache-Control", p.cacheControl());
        if (p.gzip() != null) {
            header.accept("Vary", "Accept-Encoding");
        }
        if (p.status() == 200) {
            header.accept("ETag", gz ? p.gzipEtag() : p.etag());
            header.accept("Last-Modified", p.lastModified());
            if ((v & NOT_MODIFIED) != 0) {
                return new Decision(304, new byte[0], false);
            }
        }
        header.accept("Content-Type", p.contentType());
        if (gz) {
            header.accept("Content-Encoding", "gzip");
        }
        return new Decision(p.status(), gz ? p.gzip() : p.body(), gz);
    }

    /** The status of an answer of {@code variant}. */
    public static int status(RenderedPage p, int variant) {
        return (variant & NOT_MODIFIED) != 0 ? 304 : p.status();
    }

    /** The bytes of an answer of {@code variant} (none for 304). */
    public static byte[] body(RenderedPage p, int variant) {
        if ((variant & NOT_MODIFIED) != 0) {
            return new byte[0];
        }
        return (variant & GZIP) != 0 ? p.gzip() : p.body();
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
