package de.ozd.newsroom.server.reader;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A kept page in the form the fast path writes it: the header lines of each answer it can get (identity or gzip,
 * full or 304) built once by {@link PageResponses#answer} and encoded once, so a hit neither builds, looks up nor
 * checks a header again. Profiling the fast path showed header handling (Jetty's name look-up and value checks on
 * every {@code setHeader}) as a large part of its own cost. Immutable.
 */
public final class PageWire {
    private final HttpField[][] fields = new HttpField[4][];

    private PageWire(RenderedPage page) {
        for (int v = 0; v < 4; v++) {
            boolean gzip = (v & 2) != 0;
            boolean notModified = (v & 1) != 0;
            if (gzip && page.gzip() == null || notModified && page.status() != 200) {
                continue;
            }
            List<HttpField> out = new ArrayList<>(12);
            PageResponses.answer(
                    page,
                    gzip ? "gzip" : null,
                    notModified ? (gzip ? page.gzipEtag() : page.etag()) : null,
                    null,
                    (name, value) -> out.add(new PreEncodedHttpField(name, value)));
            fields[v] = out.toArray(HttpField[]::new);
        }
    }

    static PageWire of(RenderedPage page) {
        return new PageWire(page);
    }

    /** The header lines of one answer ({@link PageResponses#variant}). */
    HttpField[] fields(int variant) {
        return fields[variant];
    }
}
