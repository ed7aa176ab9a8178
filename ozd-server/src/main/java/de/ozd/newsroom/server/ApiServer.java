package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Store;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The REST API under {@code /api/v1} on a {@link Store} (Javalin), assembled from its route groups: service,
 * packages, workflow, revisions, search and the editorial desk. Their routes form one table ({@link #routes()})
 * that both the server and the OpenAPI document come from. Pages (the publish module, the editor) add their own
 * routes with {@link #create(Store, ServerSettings, List)}. Every error is a JSON body {@code {code, message,
 * status}} ({@link ApiErrors}); nothing is stored unless the whole request was valid.
 */
public final class ApiServer implements AutoCloseable {
    public static final String BASE = "/api/v1";
    /** Set on a request whose response is final: the catch-all 404/405 handlers leave it alone. */
    public static final String ERROR_MARK = "ozd.error";

    private final ServerSettings settings;
    private final EditorialDesk desk;
    private final ApiErrors errors = new ApiErrors();
    private final Javalin app;
    private final List<Route> routes;
    private final String openApi;
    private final ScheduledPublisher scheduler;

    /** A route module: pages or other non-API routes, registered after the API. */
    @FunctionalInterface
    public interface Module {
        void register(Javalin app, Store store);
    }

    private ApiServer(
            Store store, ServerSettings settings, List<Module> modules, EditorialDesk desk, ConnectionLimits limits) {
        this.settings = settings;
        this.desk = desk;
        Requests requests = new Requests(settings, limits);
        List<Route> r = new ArrayList<>();
        r.addAll(new ServiceRoutes(store, this::openApi).routes());
        PackageRoutes packages = new PackageRoutes(store, settings, requests, desk.house());
        r.addAll(packages.routes());
        r.addAll(new WorkflowRoutes(store, requests, desk).routes());
        r.addAll(new RevisionRoutes(store, requests).routes());
        r.addAll(new SearchRoutes(store, settings).routes());
        r.addAll(packages.publicRoutes());
        r.addAll(new EditorialRoutes(desk, requests).routes());
        r.addAll(new AddressRoutes(store, requests).routes());
        this.routes = List.copyOf(r);
        List<SessionLogin> logins = modules.stream()
                .filter(SessionLogin.class::isInstance)
                .map(SessionLogin.class::cast)
                .toList();
        this.openApi = OpenApi.document(routes, settings, !logins.isEmpty()).toPrettyString();
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = settings.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.http.defaultContentType = "application/json; charset=utf-8";
            cfg.startupWatcherEnabled = false;
            // connection limits and Jetty's own error answers: see ConnectionLimits (kept apart for merges)
            cfg.jetty.modifyHttpConfiguration(limits::configure);
            cfg.jetty.modifyServer(limits::apply);
        });
        RequestGuards guards = new RequestGuards(store, settings, logins);
        app.before(RequestGuards::checkUtf8Url);
        app.before(BASE + "/*", guards::authenticate);
        for (Route route : routes) {
            app.addHttpHandler(route.method(), route.path(), route.handler());
        }
        errors.register(app);
        modules.forEach(m -> m.register(app, store));
        this.scheduler = new ScheduledPublisher(store, java.time.Clock.systemUTC());
    }

    public static ApiServer create(Store store, ServerSettings settings) {
        return create(store, settings, List.of());
    }

    public static ApiServer create(Store store, ServerSettings settings, List<Module> modules) {
        return create(store, settings, modules, EditorialDesk.ozd());
    }

    /** With the desk behind {@code /check} and {@code /draft} (another house, another explainer library). */
    public static ApiServer create(Store store, ServerSettings settings, List<Module> modules, EditorialDesk desk) {
        return new ApiServer(store, settings, modules, desk, ConnectionLimits.fromEnvironment());
    }

    /** With explicit connection limits instead of those from the environment (tests that need another bound). */
    static ApiServer create(Store store, ServerSettings settings, ConnectionLimits limits) {
        return create(store, settings, List.of(), EditorialDesk.ozd(), limits);
    }

    /** With modules, desk and explicit connection limits (another bound, trusted proxies) instead of the environment's. */
    public static ApiServer create(
            Store store, ServerSettings settings, List<Module> modules, EditorialDesk desk, ConnectionLimits limits) {
        return new ApiServer(store, settings, modules, desk, limits);
    }

    /** Starts on {@code port} (0: any free port); returns the port. */
    public int start(int port) {
        if (settings.warmLanguage()) {
            desk.warmUp();
        }
        app.start(settings.host(), port);
        scheduler.start();
        return app.port();
    }

    public int port() {
        return app.port();
    }

    private String openApi() {
        return openApi;
    }

    List<Route> routes() {
        return routes;
    }

    /** Carries out planned publications while the server runs. */
    public ScheduledPublisher scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.close();
        app.stop();
    }

    /** Where internal errors (500) are reported; SLF4J by default. Never given request bodies or tokens. */
    public void onInternalError(BiConsumer<String, Exception> sink) {
        errors.onInternalError(sink);
    }
}
