package de.ozd.newsroom.server.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A page ready to send, as the page cache keeps it: the bytes, their gzip form (when that is smaller), a strong
 * ETag (a hash of the bytes, so any change of what the page shows changes it), the Last-Modified time and the
 * Content-Security-Policy the page needs.
 */
public record RenderedPage(
        int status,
        String contentType,
        String cacheControl,
        byte[] body,
        byte[] gzip,
        String etag,
        long lastModifiedSeconds,
        String lastModified,
        String csp) {
    /** Pages under this size are not compressed: the header costs more than it saves. */
    static final int GZIP_MIN = 512;

    /** RFC 9110's IMF-fixdate: a two-digit day, unlike {@link DateTimeFormatter#RFC_1123_DATE_TIME} ("Fri, 4 Dec"). */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public static RenderedPage of(
            int status, String contentType, String cacheControl, String text, Instant lastModified, String csp) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] gz = body.length >= GZIP_MIN ? gzip(body) : null;
        if (gz != null && gz.length >= body.length) {
            gz = null;
        }
        long seconds = lastModified.getEpochSecond();
        return new RenderedPage(
                status,
                contentType,
                cacheControl,
                body,
                gz,
                "\"" + hash(body) + "\"",
                seconds,
                HTTP_DATE.format(Instant.ofEpochSecond(seconds)),
                csp);
    }

    /** The ETag of the gzip form: another byte sequence, so another strong validator. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Approximate memory the cache spends on this page. */
    int weight() {
        return body.length + (gzip == null ? 0 : gzip.length) + 256;
    }

    private static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
