package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.PackageSummary;
import de.ozd.newsroom.store.StoreJson;
import io.javalin.http.Context;

/**
 * The JSON of the API's own answers (a package, a listing entry) and how a body is written. Revisions and search
 * hits, which the command line writes too, have their one form in {@link de.ozd.newsroom.store.StoreJson}.
 */
final class JsonViews {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonViews() {}

    static ObjectNode record(PackageRecord rec) {
        ObjectNode n = F.objectNode()
                .put("slug", rec.slug())
                .put("headline", rec.headline())
                .put("state", rec.state().key())
                .put("revision", rec.revision())
                .put("createdAt", StoreJson.time(rec.createdAt()))
                .put("updatedAt", StoreJson.time(rec.updatedAt()))
                .put("publishedAt", StoreJson.timeOrNull(rec.publishedAt().orElse(null)))
                .put("date", StoreJson.date(rec.pubDate()));
        ArrayNode tags = n.putArray("tags");
        rec.tags().forEach(tags::add);
        ObjectNode ent = n.putObject("entities");
        rec.entities().persons().forEach(ent.withArray("persons")::add);
        rec.entities().places().forEach(ent.withArray("places")::add);
        rec.entities().organisations().forEach(ent.withArray("organisations")::add);
        n.put("correctionNote", rec.correctionNote().orElse(null));
        n.put("retractionReason", rec.retractionReason().orElse(null));
        ArrayNode corrections = n.putArray("corrections");
        rec.corrections()
                .forEach(c ->
                        corrections.addObject().put("at", c.at().toString()).put("note", c.note()));
        n.put("liveRevision", rec.liveRevision().orElse(null));
        n.put("pending", rec.pending());
        n.put("liveUpdatedAt", rec.liveUpdatedAt().map(Object::toString).orElse(null));
        n.put("scheduledAt", rec.scheduledAt().map(Object::toString).orElse(null));
        n.set("package", PackageJson.toTree(rec.pkg()));
        return n;
    }

    static ObjectNode summary(PackageSummary s) {
        return F.objectNode()
                .put("slug", s.slug())
                .put("headline", s.headline())
                .put("state", s.state().key())
                .put("revision", s.revision())
                .put("updatedAt", StoreJson.time(s.updatedAt()))
                .put("date", StoreJson.date(s.pubDate()));
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
