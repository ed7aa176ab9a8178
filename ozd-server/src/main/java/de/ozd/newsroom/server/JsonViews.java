package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.PackageSummary;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.search.SearchHit;
import io.javalin.http.Context;

/** The JSON the API answers with, one view per store value, and how a body is written. */
final class JsonViews {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonViews() {}

    static ObjectNode record(PackageRecord rec) {
        ObjectNode n = F.objectNode()
                .put("slug", rec.slug())
                .put("headline", rec.headline())
                .put("state", rec.state().key())
                .put("revision", rec.revision())
                .put("createdAt", rec.createdAt())
                .put("updatedAt", rec.updatedAt())
                .put("publishedAt", rec.publishedAt().orElse(null))
                .put("date", rec.pubDate());
        ArrayNode tags = n.putArray("tags");
        rec.tags().forEach(tags::add);
        ObjectNode ent = n.putObject("entities");
        rec.entities().persons().forEach(ent.withArray("persons")::add);
        rec.entities().places().forEach(ent.withArray("places")::add);
        rec.entities().organisations().forEach(ent.withArray("organisations")::add);
        n.put("correctionNote", rec.correctionNote().orElse(null));
        n.put("retractionReason", rec.retractionReason().orElse(null));
        n.set("package", PackageJson.toTree(rec.pkg()));
        return n;
    }

    static ObjectNode summary(PackageSummary s) {
        return F.objectNode()
                .put("slug", s.slug())
                .put("headline", s.headline())
                .put("state", s.state().key())
                .put("revision", s.revision())
                .put("updatedAt", s.updatedAt())
                .put("date", s.pubDate());
    }

    static ObjectNode info(RevisionInfo i) {
        return F.objectNode()
                .put("revision", i.revision())
                .put("createdAt", i.createdAt())
                .put("author", i.author())
                .put("kind", i.kind())
                .put("summary", i.summary())
                .put("state", i.state().key())
                .put("note", i.note().orElse(null));
    }

    static ObjectNode hit(SearchHit h) {
        return F.objectNode()
                .put("slug", h.slug())
                .put("headline", h.headline())
                .put("state", h.state())
                .put("date", h.date())
                .put("score", h.score())
                .put("snippet", h.snippet());
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, body.toString());
    }

    static void json(Context ctx, int status, String body) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }

    static void text(Context ctx, String body) {
        ctx.status(200).contentType("text/plain; charset=utf-8").result(body);
    }
}
