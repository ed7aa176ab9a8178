package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.etag;
import static de.ozd.newsroom.server.JsonViews.json;
import static de.ozd.newsroom.server.JsonViews.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.PackageSummary;
import de.ozd.newsroom.store.Page;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Packages: list, create, read and save ({@code /packages}, {@code /packages/{slug}}), and the public view of one
 * ({@code /public/packages/{slug}}). A save names its base revision; nothing is stored unless the body is valid.
 */
final class PackageRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String BAD_BODY = "Malformed body, unknown field or wrong type.";

    private final Store store;
    private final ServerSettings settings;
    private final Requests requests;
    private final HouseConfig house;

    /** Routes that read and write texts with {@code house}'s headings and signature. */
    PackageRoutes(Store store, ServerSettings settings, Requests requests, HouseConfig house) {
        this.store = store;
        this.settings = settings;
        this.requests = requests;
        this.house = house;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/packages", "listPackages")
                        .summary("List packages, newest change first.")
                        .params(
                                Route.Param.query("state", "string", "Only this state."),
                                Route.Param.query("tag", "string", "Only packages with this tag (case-insensitive)."),
                                Route.Param.query(
                                        "limit", "integer", "Page size, 1.." + settings.maxPageSize() + " (20)."),
                                Route.Param.query("offset", "integer", "Offset, 0.." + settings.maxOffset() + " (0)."))
                        .result("PackageList")
                        .respond(200, "A page of packages.")
                        .respond(400, "Bad parameter.")
                        .handle(this::list),
                Route.post("/packages", "createPackage")
                        .summary("Create a package as revision 1 (draft).")
                        .params(
                                Route.Param.query("slug", "string", "Slug, for a text/plain body."),
                                Route.Param.header("X-OZD-Author", "Author, for a text/plain body."))
                        .body("CreateRequest")
                        .result("PackageRecord")
                        .respond(201, "Created.")
                        .respond(400, BAD_BODY)
                        .respond(409, "The slug exists.")
                        .respond(422, "Not a valid package.")
                        .handle(this::create),
                Route.get("/packages/{slug}", "getPackage")
                        .summary("The current revision: JSON (default) or house text (Accept: text/plain).")
                        .params(Route.Param.SLUG)
                        .result("PackageRecord")
                        .respond(200, "The package; ETag is the revision.")
                        .respond(301, "An old slug of a package renamed after publication: Location has the new one.")
                        .respond(404, "No such package.")
                        .handle(this::get),
                Route.put("/packages/{slug}", "savePackage")
                        .summary("Save a new revision based on baseRevision (JSON) or If-Match (text/plain).")
                        .params(
                                Route.Param.SLUG,
                                Route.Param.header("If-Match", "Base revision, for a text/plain body."),
                                Route.Param.header("X-OZD-Author", "Author, for a text/plain body."))
                        .body("SaveRequest")
                        .result("PackageRecord")
                        .respond(200, "Saved as a new revision.")
                        .respond(400, BAD_BODY)
                        .respond(404, "No such package.")
                        .respond(
                                409,
                                "Stale base revision (nothing stored; the rejected text is returned) or package retracted.")
                        .respond(422, "Not a valid package.")
                        .respond(428, "No base revision given.")
                        .handle(this::save));
    }

    /** Readers' view; listed after the other groups so that the OpenAPI document keeps its order. */
    List<Route> publicRoutes() {
        return List.of(Route.get("/public/packages/{slug}", "publicPackage")
                .summary(
                        "What readers may see: published or corrected packages (with the correction note); 410 with the "
                                + "reason when retracted.")
                .params(Route.Param.SLUG)
                .result("PackageRecord")
                .respond(200, "The public package.")
                .respond(301, "An old slug of a package renamed after publication: Location has the new one.")
                .respond(404, "Not published.")
                .respond(410, "Retracted.")
                .handle(this::publicPackage));
    }

    private void list(Context ctx) {
        Optional<State> state = Requests.stateParam(ctx, "state");
        Optional<String> tag = Requests.stringParam(ctx, "tag");
        Page<PackageSummary> page = store.list(
                state,
                tag,
                Requests.intParam(ctx, "limit", 20, 1, settings.maxPageSize()),
                Requests.intParam(ctx, "offset", 0, 0, settings.maxOffset()));
        ObjectNode n = F.objectNode()
                .put("total", page.total())
                .put("limit", page.limit())
                .put("offset", page.offset());
        ArrayNode items = n.putArray("items");
        page.items().forEach(s -> items.add(JsonViews.summary(s)));
        json(ctx, 200, n);
    }

    private void create(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("slug", "author", "message", "package", "text"));
        Draft draft = draft(ctx, body);
        String slug = body instanceof Requests.JsonBody ? body.text("slug") : ctx.queryParam("slug");
        PackageRecord rec = store.create(slug, draft, Requests.author(ctx, body), body.text("message"));
        ctx.header("Location", ApiServer.BASE + "/packages/" + rec.slug());
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 201, record(rec));
    }

    private void get(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<PackageRecord> found = store.find(slug);
        if (found.isEmpty() && AddressRoutes.moved(ctx, store, slug, ApiServer.BASE + "/packages/")) {
            return;
        }
        PackageRecord rec = found.orElseThrow(() -> StoreException.notFound(slug));
        ctx.header("ETag", etag(rec.revision()));
        if (Requests.wantsText(ctx)) {
            JsonViews.text(ctx, rec.text());
        } else {
            json(ctx, 200, record(rec));
        }
    }

    private void save(Context ctx) {
        String slug = ctx.pathParam("slug");
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author", "message", "package", "text"));
        Draft draft = draft(ctx, body);
        Integer base;
        if (body instanceof Requests.JsonBody) {
            base = body.integer("baseRevision");
        } else {
            String match = ctx.header("If-Match");
            base = match == null
                    ? null
                    : Requests.parseRevision(match.replace("\"", "").strip(), "If-Match");
        }
        if (base == null) {
            throw new ApiException(
                    428,
                    "base_revision_required",
                    "Beim Speichern muss die Revision genannt werden, auf "
                            + "der die Änderung beruht (baseRevision bzw. If-Match), damit keine fremde Änderung verloren geht.");
        }
        PackageRecord rec = store.save(slug, base, draft, Requests.author(ctx, body), body.text("message"));
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, record(rec));
    }

    private void publicPackage(Context ctx) {
        String slug = ctx.pathParam("slug");
        PackageRecord rec;
        try {
            rec = store.publicView(slug);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.NOT_FOUND
                    && store.find(slug).isEmpty()
                    && AddressRoutes.moved(ctx, store, slug, ApiServer.BASE + "/public/packages/")) {
                return;
            }
            throw e;
        }
        json(ctx, 200, record(rec));
    }

    private Draft draft(Context ctx, Requests.Body body) {
        if (body instanceof Requests.TextBody t) {
            return Draft.fromText(t.text(), house);
        }
        JsonNode json = ((Requests.JsonBody) body).node();
        JsonNode pkg = json.get("package");
        JsonNode text = json.get("text");
        if ((pkg == null || pkg.isNull()) == (text == null || text.isNull())) {
            throw new ApiException(
                    400,
                    "missing_field",
                    "Genau eines von „package“ (JSON-Form) oder „text“ " + "(Haustext) ist nötig.");
        }
        if (text != null && !text.isNull()) {
            if (!text.isTextual()) {
                throw Requests.field("wrong_type", "text", "„text“ muss eine Zeichenkette sein.");
            }
            return Draft.fromText(text.asText(), house);
        }
        try {
            Draft d = Draft.fromPackage(PackageJson.read(pkg), house);
            ctx.attribute(ApiErrors.DRAFT, d);
            return d;
        } catch (PackageJsonException e) {
            throw new ApiException(422, "invalid_package", e.getMessage(), "package" + e.pointer());
        }
    }
}
