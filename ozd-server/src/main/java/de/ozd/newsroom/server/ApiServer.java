package de.ozd.newsroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.PackageSummary;
import de.ozd.newsroom.store.Page;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.TextDiff;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API under {@code /api/v1} on a {@link Store} (Javalin). Routes are a table ({@link #routes()}) that both
 * the server and the OpenAPI document come from. Pages (the publish module, the editor) add their own routes with
 * {@link #create(Store, ServerSettings, List)}. Every error is a JSON body {@code {code, message, status}}; nothing
 * is stored unless the whole request was valid.
 */
public final class ApiServer implements AutoCloseable {
    public static final String BASE = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Set on a request whose response is final: the catch-all 404/405 handlers leave it alone. */
    static final String ERROR_MARK = "ozd.error";

    private final Store store;
    private final ServerSettings settings;
    private final Requests requests;
    private final EditorialDesk desk;
    private final Javalin app;
    private final List<Route> routes;
    private final String openApi;
    private volatile java.util.function.BiConsumer<String, Exception> internalErrors =
            (what, e) -> LOG.error("internal error on {}", LogSafe.text(what), LogSafe.throwable(e));

    /** A route module: pages or other non-API routes, registered after the API. */
    @FunctionalInterface
    public interface Module {
        void register(Javalin app, Store store);
    }

    private ApiServer(Store store, ServerSettings settings, List<Module> modules, EditorialDesk desk) {
        this.store = store;
        this.settings = settings;
        this.requests = new Requests(settings);
        this.desk = desk;
        this.routes = buildRoutes();
        this.openApi = OpenApi.document(routes, settings).toPrettyString();
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = settings.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.http.defaultContentType = "application/json; charset=utf-8";
            cfg.startupWatcherEnabled = false;
        });
        app.before(ApiServer::checkUtf8Url);
        app.before(BASE + "/*", this::authenticate);
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), r.handler());
        }
        app.exception(StoreException.class, (e, ctx) -> error(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, translate(e)));
        app.exception(Exception.class, (e, ctx) -> {
            StoreException internal = new StoreException(
                    500,
                    "internal_error",
                    "Interner Fehler; nichts wurde " + "gespeichert. Bitte melden Sie die Anfrage.");
            internal.initCause(e);
            error(ctx, internal);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_MARK) == null) {
                error(
                        ctx,
                        new StoreException(
                                404,
                                "no_route",
                                "Diese Adresse gibt es nicht: " + ctx.method() + " " + ctx.path()
                                        + ". Die Schnittstelle ist unter " + BASE + "/openapi.json beschrieben."));
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_MARK) == null) {
                error(
                        ctx,
                        new StoreException(
                                405,
                                "method_not_allowed",
                                "Die Methode " + ctx.method() + " gibt es für " + ctx.path() + " nicht."));
            }
        });
        modules.forEach(m -> m.register(app, store));
    }

    public static ApiServer create(Store store, ServerSettings settings) {
        return create(store, settings, List.of());
    }

    public static ApiServer create(Store store, ServerSettings settings, List<Module> modules) {
        return create(store, settings, modules, EditorialDesk.ozd());
    }

    /** With the desk behind {@code /check} and {@code /draft} (another house, another explainer library). */
    public static ApiServer create(Store store, ServerSettings settings, List<Module> modules, EditorialDesk desk) {
        return new ApiServer(store, settings, modules, desk);
    }

    /** Starts on {@code port} (0: any free port); returns the port. */
    public int start(int port) {
        if (settings.warmLanguage()) {
            desk.warmUp();
        }
        app.start(settings.host(), port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    public Javalin javalin() {
        return app;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
    }

    // --- route table ---------------------------------------------------------------------------------------

    private List<Route> buildRoutes() {
        List<Route> r = new ArrayList<>();
        Route.Param slug = Route.Param.path("slug", "string", "The package's slug.");
        Route.Param rev = Route.Param.path("rev", "integer", "Revision number.");
        Map<Integer, String> common = Map.of(401, "No or invalid API token.");
        r.add(new Route(
                HandlerType.GET,
                BASE + "/health",
                "health",
                "Liveness, setup and number of packages.",
                false,
                List.of(),
                null,
                "Health",
                responses(Map.of(200, "Up.")),
                this::health));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/openapi.json",
                "openapi",
                "This document.",
                false,
                List.of(),
                null,
                "OpenApi",
                responses(Map.of(200, "The OpenAPI document.")),
                ctx -> json(ctx, 200, openApi)));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages",
                "listPackages",
                "List packages, newest change first.",
                true,
                List.of(
                        Route.Param.query("state", "string", "Only this state."),
                        Route.Param.query("tag", "string", "Only packages with this tag (case-insensitive)."),
                        Route.Param.query("limit", "integer", "Page size, 1.." + settings.maxPageSize() + " (20)."),
                        Route.Param.query("offset", "integer", "Offset, 0.." + settings.maxOffset() + " (0).")),
                null,
                "PackageList",
                responses(common, Map.of(200, "A page of packages.", 400, "Bad parameter.")),
                this::list));
        r.add(new Route(
                HandlerType.POST,
                BASE + "/packages",
                "createPackage",
                "Create a package as revision 1 (draft).",
                true,
                List.of(
                        Route.Param.query("slug", "string", "Slug, for a text/plain body."),
                        Route.Param.header("X-OZD-Author", "Author, for a text/plain body.")),
                "CreateRequest",
                "PackageRecord",
                responses(
                        common,
                        Map.of(
                                201,
                                "Created.",
                                400,
                                "Malformed body, unknown field or wrong type.",
                                409,
                                "The slug exists.",
                                413,
                                "Body too large.",
                                415,
                                "Unsupported content type.",
                                422,
                                "Not a valid package.")),
                this::create));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages/{slug}",
                "getPackage",
                "The current revision: JSON (default) or house text (Accept: text/plain).",
                true,
                List.of(slug),
                null,
                "PackageRecord",
                responses(common, Map.of(200, "The package; ETag is the revision.", 404, "No such package.")),
                this::get));
        r.add(new Route(
                HandlerType.PUT,
                BASE + "/packages/{slug}",
                "savePackage",
                "Save a new revision based on baseRevision (JSON) or If-Match (text/plain).",
                true,
                List.of(
                        slug,
                        Route.Param.header("If-Match", "Base revision, for a text/plain body."),
                        Route.Param.header("X-OZD-Author", "Author, for a text/plain body.")),
                "SaveRequest",
                "PackageRecord",
                responses(
                        common,
                        Map.of(
                                200,
                                "Saved as a new revision.",
                                400,
                                "Malformed body, unknown field or wrong type.",
                                404,
                                "No such package.",
                                409,
                                "Stale base revision (nothing stored; the rejected text is returned) or package retracted.",
                                413,
                                "Body too large.",
                                415,
                                "Unsupported content type.",
                                422,
                                "Not a valid package.",
                                428,
                                "No base revision given.")),
                this::save));
        r.add(new Route(
                HandlerType.POST,
                BASE + "/packages/{slug}/transitions",
                "transitionPackage",
                "Move in the workflow: draft → in_review → published → corrected | retracted.",
                true,
                List.of(slug),
                "TransitionRequest",
                "PackageRecord",
                responses(
                        common,
                        Map.of(
                                200,
                                "Moved; a new revision.",
                                400,
                                "Malformed body, unknown field, wrong type or unknown state.",
                                404,
                                "No such package.",
                                409,
                                "Illegal transition or stale base revision.",
                                413,
                                "Body too large.",
                                415,
                                "Unsupported content type.",
                                422,
                                "Note missing (corrected, retracted).")),
                this::transition));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages/{slug}/revisions",
                "listRevisions",
                "The history, oldest first.",
                true,
                List.of(slug),
                null,
                "RevisionList",
                responses(common, Map.of(200, "The revisions.", 404, "No such package.")),
                this::revisions));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages/{slug}/revisions/{rev}",
                "getRevision",
                "One revision: JSON (default) or house text (Accept: text/plain).",
                true,
                List.of(slug, rev),
                null,
                "Revision",
                responses(
                        common,
                        Map.of(200, "The revision.", 400, "Bad revision number.", 404, "No such package or revision.")),
                this::revision));
        r.add(new Route(
                HandlerType.POST,
                BASE + "/packages/{slug}/revisions/{rev}/restore",
                "restoreRevision",
                "Make an old revision current again, as a new revision.",
                true,
                List.of(slug, rev),
                "RestoreRequest",
                "PackageRecord",
                responses(
                        common,
                        Map.of(
                                200,
                                "Restored as a new revision.",
                                400,
                                "Malformed body or bad revision number.",
                                404,
                                "No such package or revision.",
                                409,
                                "Stale base revision or package retracted.",
                                413,
                                "Body too large.",
                                415,
                                "Unsupported content type.")),
                this::restore));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages/{slug}/diff",
                "diffRevisions",
                "Line diff of two revisions' house texts (default: previous → current).",
                true,
                List.of(
                        slug,
                        Route.Param.query("from", "integer", "Older revision (default: to − 1)."),
                        Route.Param.query("to", "integer", "Newer revision (default: current).")),
                null,
                "Diff",
                responses(common, Map.of(200, "The diff.", 400, "Bad parameter.", 404, "No such package or revision.")),
                this::diff));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/packages/{slug}/related",
                "relatedPackages",
                "More like this: packages about the same things.",
                true,
                List.of(
                        slug,
                        Route.Param.query("limit", "integer", "How many, 1.." + settings.maxPageSize() + " (5).")),
                null,
                "HitList",
                responses(common, Map.of(200, "Related packages.", 400, "Bad parameter.", 404, "No such package.")),
                this::related));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/search",
                "search",
                "Search: words, \"phrases\", prefix*, -excluded; filters; facets; highlighted snippets.",
                true,
                List.of(
                        Route.Param.query("q", "string", "The query (empty: everything)."),
                        Route.Param.query("state", "string", "Filter by state."),
                        Route.Param.query("tag", "string", "Filter by tag."),
                        Route.Param.query("person", "string", "Filter by person."),
                        Route.Param.query("place", "string", "Filter by place."),
                        Route.Param.query("organisation", "string", "Filter by organisation."),
                        Route.Param.query("from", "string", "Date from, YYYY-MM-DD."),
                        Route.Param.query("to", "string", "Date to, YYYY-MM-DD."),
                        Route.Param.query("limit", "integer", "Page size, 1.." + settings.maxPageSize() + " (10)."),
                        Route.Param.query("offset", "integer", "Offset (0).")),
                null,
                "SearchResult",
                responses(common, Map.of(200, "Hits and facets.", 400, "Bad parameter.")),
                this::search));
        r.add(new Route(
                HandlerType.GET,
                BASE + "/public/packages/{slug}",
                "publicPackage",
                "What readers may see: published or corrected packages (with the correction note); 410 with the "
                        + "reason when retracted.",
                true,
                List.of(slug),
                null,
                "PackageRecord",
                responses(common, Map.of(200, "The public package.", 404, "Not published.", 410, "Retracted.")),
                this::publicPackage));
        r.addAll(new EditorialRoutes(desk, requests).routes(common));
        return List.copyOf(r);
    }

    @SafeVarargs
    static Map<Integer, String> responses(Map<Integer, String>... maps) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (Map<Integer, String> m : maps) {
            out.putAll(m);
        }
        out.putIfAbsent(500, "Internal error; nothing was stored.");
        return out;
    }

    // --- handlers ------------------------------------------------------------------------------------------

    private void authenticate(Context ctx) {
        if (!settings.authRequired()
                || ctx.path().equals(BASE + "/health")
                || ctx.path().equals(BASE + "/openapi.json")
                || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        Optional<String> name = store.tokens().verify(token);
        if (name.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(
                    401,
                    "unauthorized",
                    header == null
                            ? "Für die API ist ein Token nötig: Authorization: Bearer ozd_… (anlegen mit „ozd token create NAME“)."
                            : "Das API-Token ist ungültig oder widerrufen.");
        }
        ctx.attribute("ozd.token", name.get());
    }

    /** Refuses request lines whose percent-escapes are not UTF-8 (Jetty would turn them into U+FFFD silently). */
    private static void checkUtf8Url(Context ctx) {
        String raw = ctx.req().getRequestURI() + (ctx.queryString() != null ? "?" + ctx.queryString() : "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_utf8", "Die Adresse enthält kein gültiges UTF-8.");
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private void health(Context ctx) {
        ObjectNode n = F.objectNode()
                .put("status", "ok")
                .put("setup", store.embedded() ? "embedded" : "postgresql")
                .put("packages", store.count());
        json(ctx, 200, n);
    }

    private void list(Context ctx) {
        Optional<State> state = stateParam(ctx, "state");
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
        for (PackageSummary s : page.items()) {
            items.addObject()
                    .put("slug", s.slug())
                    .put("headline", s.headline())
                    .put("state", s.state().key())
                    .put("revision", s.revision())
                    .put("updatedAt", s.updatedAt())
                    .put("date", s.pubDate());
        }
        json(ctx, 200, n);
    }

    private void create(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("slug", "author", "message", "package", "text"));
        Draft draft = draft(ctx, body);
        String slug = body.json() != null ? Requests.optText(body.json(), "slug") : ctx.queryParam("slug");
        PackageRecord rec = store.create(
                slug, draft, author(ctx, body), body.json() != null ? Requests.optText(body.json(), "message") : null);
        ctx.header("Location", BASE + "/packages/" + rec.slug());
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 201, record(rec));
    }

    private void get(Context ctx) {
        PackageRecord rec = store.get(ctx.pathParam("slug"));
        ctx.header("ETag", etag(rec.revision()));
        if (Requests.wantsText(ctx)) {
            text(ctx, rec.text());
        } else {
            json(ctx, 200, record(rec));
        }
    }

    private void save(Context ctx) {
        String slug = ctx.pathParam("slug");
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author", "message", "package", "text"));
        Draft draft = draft(ctx, body);
        Integer base;
        if (body.json() != null) {
            base = Requests.optInt(body.json(), "baseRevision");
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
        PackageRecord rec = store.save(
                slug,
                base,
                draft,
                author(ctx, body),
                body.json() != null ? Requests.optText(body.json(), "message") : null);
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, record(rec));
    }

    private void transition(Context ctx) {
        Requests.Body body = requests.body(ctx, Set.of("to", "note", "baseRevision", "author"));
        if (body.json() == null) {
            throw new ApiException(
                    415, "unsupported_media_type", "Erwartet wird JSON (Content-Type: application/json).");
        }
        String to = Requests.optText(body.json(), "to");
        if (to == null) {
            throw Requests.field("missing_field", "to", "„to“ fehlt: der Zielstatus (" + State.keys() + ").");
        }
        State target = State.byKey(to)
                .orElseThrow(() -> Requests.field(
                        "bad_value",
                        "to",
                        "Unbekannter Status „" + Requests.shorten(to) + "“; erlaubt: " + State.keys() + "."));
        PackageRecord rec = store.transition(
                ctx.pathParam("slug"),
                target,
                Requests.optText(body.json(), "note"),
                author(ctx, body),
                Requests.optInt(body.json(), "baseRevision"));
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, record(rec));
    }

    private void revisions(Context ctx) {
        ObjectNode n = F.objectNode();
        ArrayNode items = n.putArray("items");
        for (RevisionInfo i : store.revisions(ctx.pathParam("slug"))) {
            items.add(info(i));
        }
        json(ctx, 200, n);
    }

    private void revision(Context ctx) {
        int rev = Requests.parseRevision(ctx.pathParam("rev"), "rev");
        Revision r = store.revision(ctx.pathParam("slug"), rev);
        ctx.header("ETag", etag(rev));
        if (Requests.wantsText(ctx)) {
            text(ctx, r.text());
        } else {
            ObjectNode n = info(r.info());
            n.set("package", PackageJson.toTree(r.pkg()));
            n.put("text", r.text());
            json(ctx, 200, n);
        }
    }

    private void restore(Context ctx) {
        int rev = Requests.parseRevision(ctx.pathParam("rev"), "rev");
        Requests.Body body = requests.body(ctx, Set.of("baseRevision", "author"), true);
        Integer base = body.json() != null ? Requests.optInt(body.json(), "baseRevision") : null;
        PackageRecord rec = store.restore(ctx.pathParam("slug"), rev, author(ctx, body), base);
        ctx.header("ETag", etag(rec.revision()));
        json(ctx, 200, record(rec));
    }

    private void diff(Context ctx) {
        String slug = ctx.pathParam("slug");
        PackageRecord rec = store.get(slug);
        int to = Requests.intParam(ctx, "to", rec.revision(), 1, Integer.MAX_VALUE);
        int from = Requests.intParam(ctx, "from", Math.max(1, to - 1), 1, Integer.MAX_VALUE);
        TextDiff d = store.diff(slug, from, to);
        ObjectNode n = F.objectNode().put("from", d.from()).put("to", d.to());
        ArrayNode lines = n.putArray("lines");
        d.lines()
                .forEach(
                        l -> lines.addObject().put("op", String.valueOf(l.op())).put("text", l.text()));
        n.put("unified", d.unified());
        json(ctx, 200, n);
    }

    private void related(Context ctx) {
        List<SearchHit> hits =
                store.related(ctx.pathParam("slug"), Requests.intParam(ctx, "limit", 5, 1, settings.maxPageSize()));
        ObjectNode n = F.objectNode();
        ArrayNode a = n.putArray("hits");
        hits.forEach(h -> a.add(hit(h)));
        json(ctx, 200, n);
    }

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        if (q.length() > 1000) {
            throw Requests.field(
                    "query_too_long", "q", "Die Suchanfrage ist " + q.length() + " Zeichen lang; erlaubt sind 1000.");
        }
        SearchQuery query = SearchQuery.of(q)
                .withState(stateParam(ctx, "state").map(State::key).orElse(null))
                .withTag(Requests.stringParam(ctx, "tag").orElse(null))
                .withPerson(Requests.stringParam(ctx, "person").orElse(null))
                .withPlace(Requests.stringParam(ctx, "place").orElse(null))
                .withOrganisation(Requests.stringParam(ctx, "organisation").orElse(null))
                .withDates(Requests.dateParam(ctx, "from"), Requests.dateParam(ctx, "to"))
                .withPage(
                        Requests.intParam(ctx, "limit", 10, 1, settings.maxPageSize()),
                        Requests.intParam(ctx, "offset", 0, 0, settings.maxOffset()));
        SearchResult result = store.search(query);
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
        json(ctx, 200, n);
    }

    private void publicPackage(Context ctx) {
        PackageRecord rec = store.publicView(ctx.pathParam("slug"));
        json(ctx, 200, record(rec));
    }

    // --- request reading -----------------------------------------------------------------------------------

    private Draft draft(Context ctx, Requests.Body body) {
        if (body.text() != null) {
            return Draft.fromText(body.text());
        }
        JsonNode pkg = body.json().get("package");
        JsonNode text = body.json().get("text");
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
            return Draft.fromText(text.asText());
        }
        try {
            Draft d = Draft.fromPackage(PackageJson.read(pkg));
            ctx.attribute("ozd.draft", d);
            return d;
        } catch (PackageJsonException e) {
            ApiException refusal = new ApiException(422, "invalid_package", e.getMessage());
            refusal.addSuppressed(new Requests.FieldMarker("package" + e.pointer()));
            throw refusal;
        }
    }

    private String author(Context ctx, Requests.Body body) {
        String author = body.json() != null ? Requests.optText(body.json(), "author") : ctx.header("X-OZD-Author");
        if (author == null || author.isBlank()) {
            author = ctx.attribute("ozd.token");
        }
        return author == null ? "api" : author;
    }

    private static Optional<State> stateParam(Context ctx, String name) {
        return Requests.stringParam(ctx, name)
                .map(s -> State.byKey(s)
                        .orElseThrow(() -> Requests.field(
                                "bad_parameter",
                                name,
                                "Unbekannter Status „" + Requests.shorten(s) + "“; erlaubt: " + State.keys() + ".")));
    }

    // --- responses -----------------------------------------------------------------------------------------

    private static String etag(int revision) {
        return "\"" + revision + "\"";
    }

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

    private static ObjectNode info(RevisionInfo i) {
        return F.objectNode()
                .put("revision", i.revision())
                .put("createdAt", i.createdAt())
                .put("author", i.author())
                .put("kind", i.kind())
                .put("summary", i.summary())
                .put("state", i.state().key())
                .put("note", i.note().orElse(null));
    }

    private static ObjectNode hit(SearchHit h) {
        return F.objectNode()
                .put("slug", h.slug())
                .put("headline", h.headline())
                .put("state", h.state())
                .put("date", h.date())
                .put("score", h.score())
                .put("snippet", h.snippet());
    }

    static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, body.toString());
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }

    private static void text(Context ctx, String body) {
        ctx.status(200).contentType("text/plain; charset=utf-8").result(body);
    }

    static StoreException translate(HttpResponseException e) {
        int status = e.getStatus();
        return switch (status) {
            case 413 -> new ApiException(413, "too_large", "Der Inhalt ist zu groß.");
            case 404 -> new ApiException(404, "no_route", "Diese Adresse gibt es nicht.");
            case 405 -> new ApiException(405, "method_not_allowed", "Diese Methode gibt es für diese Adresse nicht.");
            default -> new ApiException(status, "http_" + status, "Die Anfrage wurde abgelehnt (HTTP " + status + ").");
        };
    }

    private void error(Context ctx, StoreException e) {
        ctx.attribute(ERROR_MARK, e.code());
        ObjectNode n = F.objectNode()
                .put("code", e.code())
                .put("message", e.getMessage())
                .put("status", e.status());
        for (Throwable s : e.getSuppressed()) {
            if (s instanceof Requests.FieldMarker) {
                n.put("field", s.getMessage());
            }
        }
        if (e instanceof ConflictException c) {
            n.put("currentRevision", c.currentRevision());
            if (c.rejected() instanceof String text) {
                n.put("rejectedText", text);
            }
            Draft d = ctx.attribute("ozd.draft");
            if (d != null) {
                n.set("rejectedPackage", PackageJson.toTree(d.pkg()));
            }
        }
        if (e.status() >= 500) {
            internalErrors.accept(
                    ctx.method() + " " + ctx.path() + " → " + e.status() + " " + e.code(),
                    e.getCause() instanceof Exception cause ? cause : e);
        }
        json(ctx, e.status(), n);
    }

    /** For tests and callers that build on the route table. */
    public Map<String, List<String>> operations() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        routes.forEach(r -> out.computeIfAbsent(r.path(), k -> new ArrayList<>())
                .add(r.method().name()));
        return out;
    }

    /** Where internal errors (500) are reported; SLF4J by default. Never given request bodies or tokens. */
    public void onInternalError(java.util.function.BiConsumer<String, Exception> sink) {
        this.internalErrors = java.util.Objects.requireNonNull(sink);
    }

    /** Registers a hook for every request (for example request logging); never sees secrets. */
    public void beforeEach(Consumer<Context> hook) {
        app.before(hook::accept);
    }
}
