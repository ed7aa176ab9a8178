package de.ozd.newsroom.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchResult;

/**
 * The one JSON form of what the store hands out to more than one place: a revision (the API's
 * {@code GET …/revisions/{rev}} and the files of {@code ozd export}), a revision's history entry, a search hit and a
 * search result (the API's {@code /search} and {@code ozd search --json}). A new copy elsewhere would drift; use
 * these.
 */
public final class StoreJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StoreJson() {}

    /** {@code revision, createdAt, author, kind, summary, state, note}. */
    public static ObjectNode revisionInfo(RevisionInfo i) {
        return F.objectNode()
                .put("revision", i.revision())
                .put("createdAt", i.createdAt())
                .put("author", i.author())
                .put("kind", i.kind())
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
                .put("date", h.date())
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
