package de.ozd.newsroom.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchResult;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one JSON form of what the store hands out to more than one place: a revision (the API's
 * {@code GET …/revisions/{rev}} and the files of {@code ozd export}), a revision's history entry, a search hit and a
 * search result (the API's {@code /search} and {@code ozd search --json}). A new copy elsewhere would drift; use
 * these.
 */
public final class StoreJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StoreJson() {}

    /**
     * The JSON (and column) form of a timestamp: UTC with microseconds, fixed width, e.g.
     * {@code 2026-11-02T08:15:00.000000Z}, so timestamps sort as text.
     */
    public static String time(Instant at) {
        return Times.format(at);
    }

    /** {@link #time}, or null for null. */
    public static String timeOrNull(Instant at) {
        return at == null ? null : Times.format(at);
    }

    /** The JSON form of a date: {@code YYYY-MM-DD}, or null for null. */
    public static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** {@code revision, createdAt, author, kind, summary, state, note}. */
    public static ObjectNode revisionInfo(RevisionInfo i) {
        return F.objectNode()
                .put("revision", i.revision())
                .put("createdAt", time(i.createdAt()))
                .put("author", i.author())
                .put("kind", i.kind().key())
                .put("summary", i.summary())
                .put("state", i.state().key())
                .put("note", i.note().orElse(null));
    }

    /** The history entry, then {@code package} (JSON form) and {@code text} (house text). */
    public static ObjectNode revision(Revision r) {
        ObjectNode n = revisionInfo(r.info());
        n.set("package", PackageJson.toTree(r.pkg()));
        n.put("text", r.text());
        return n;
    }

    /** {@code slug, headline, state, date, score, snippet}. */
    public static ObjectNode hit(SearchHit h) {
        return F.objectNode()
                .put("slug", h.slug())
                .put("headline", h.headline())
                .put("state", h.state().key())
                .put("date", date(h.date()))
                .put("score", h.score())
                .put("snippet", h.snippet());
    }

    /** {@code total, totalRelation, hits, facets} (facet key → value → count, largest first). */
    public static ObjectNode searchResult(SearchResult result) {
        ObjectNode n = F.objectNode()
                .put("total", result.total())
                .put("totalRelation", result.totalRelation().key());
        ArrayNode hits = n.putArray("hits");
        result.hits().forEach(h -> hits.add(hit(h)));
        ObjectNode facets = n.putObject("facets");
        result.facets().forEach((k, m) -> {
            ObjectNode f = facets.putObject(k);
            m.forEach(f::put);
        });
        return n;
    }
}
