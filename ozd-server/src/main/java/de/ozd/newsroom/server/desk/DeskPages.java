package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.publish.Publication;
import de.ozd.newsroom.publish.Renderers;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.publish.StaticSite;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.PublishGate;
import de.ozd.newsroom.server.SectionReview;
import de.ozd.newsroom.server.SessionLogin;
import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.PackageSummary;
import de.ozd.newsroom.store.Page;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's desk under {@code /redaktion} (issue 11): login with a session cookie, the list of packages by
 * workflow state, a new package from a wire report through the server's drafting engine, the editing view with live
 * findings and preview, saving with conflict detection, the workflow by role with the publish gate, the audit log
 * and the account page for admins. Server-rendered German pages, everything escaped; a little plain JavaScript
 * ({@code desk.js}) served from here.
 *
 * <p>Every state-changing request needs a session and its CSRF token (form field {@code _csrf} or header {@code
 * X-CSRF-Token}); the login form uses a double-submit token of its own. Anonymous requests change nothing.
 */
public final class DeskPages implements ApiServer.Module, SessionLogin {
    public static final String BASE = "/redaktion";
    static final String STATIC = BASE + "/static/";
    /** The session cookie. */
    public static final String COOKIE = "ozd_session";
    /** The login form's double-submit CSRF cookie. */
    static final String LOGIN_COOKIE = "ozd_login";

    private static final Logger LOG = LoggerFactory.getLogger(DeskPages.class);
    private static final String SESSION = "ozd.desk.session";
    private static final String HTML = "text/html; charset=utf-8";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAGE_SCRIPT =
            Pattern.compile("<script(?![^>]*application/ld\\+json)[^>]*>.*?</script>", Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    private static final Map<String, String> STATIC_FILES =
            Map.of("desk.js", "application/javascript; charset=utf-8", "desk.css", "text/css; charset=utf-8");

    private final EditorialDesk desk;
    private final DeskSettings settings;
    private final Site site;
    private final Renderers renderers;
    private final LoginThrottle throttle;
    private volatile BiConsumer<String, Exception> internalErrors =
            (what, e) -> LOG.error("internal error on {}", what, e);
    private Store store;

    /**
     * The desk on {@code desk} (the same checks and drafting engine as the API's {@code /check} and {@code
     * /draft}: pass the object the API was created with), previews with the reader site's renderer for {@code site}.
     */
    public DeskPages(EditorialDesk desk, Site site, DeskSettings settings) {
        this(desk, site, settings, Clock.systemUTC());
    }

    DeskPages(EditorialDesk desk, Site site, DeskSettings settings, Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.settings = Objects.requireNonNull(settings);
        this.site = site.withLinks(Site.Links.SERVER).withStylesheet("/" + StaticSite.STYLESHEET);
        this.renderers = Renderers.standard(this.site);
        this.throttle = new LoginThrottle(settings, clock);
    }

    /** Where internal errors are reported (the editor sees only a German error page). */
    public DeskPages onInternalError(BiConsumer<String, Exception> sink) {
        this.internalErrors = Objects.requireNonNull(sink);
        return this;
    }

    @Override
    public void register(Javalin app, Store store) {
        this.store = store;
        app.before(BASE, this::guard);
        app.before(BASE + "/*", this::guard);
        app.get(BASE, ctx -> ctx.redirect(session(ctx) != null ? BASE + "/pakete" : BASE + "/login"));
        app.get(BASE + "/login", ctx -> run(ctx, () -> loginPage(ctx, null, 200)));
        app.post(BASE + "/login", ctx -> run(ctx, () -> login(ctx)));
        app.post(BASE + "/logout", ctx -> run(ctx, () -> logout(ctx)));
        app.get(BASE + "/pakete", ctx -> run(ctx, () -> list(ctx)));
        app.get(BASE + "/neu", ctx -> run(ctx, () -> newPage(ctx, "", "", "", null)));
        app.post(BASE + "/neu", ctx -> run(ctx, () -> create(ctx)));
        app.get(BASE + "/pakete/{slug}", ctx -> run(ctx, () -> edit(ctx)));
        app.post(BASE + "/pakete/{slug}", ctx -> run(ctx, () -> save(ctx)));
        app.post(BASE + "/pakete/{slug}/status", ctx -> run(ctx, () -> transition(ctx)));
        app.post(BASE + "/pakete/{slug}/aktualisieren", ctx -> run(ctx, () -> publishUpdate(ctx)));
        app.post(BASE + "/pakete/{slug}/planen", ctx -> run(ctx, () -> schedule(ctx)));
        app.post(BASE + "/pakete/{slug}/planung-aufheben", ctx -> run(ctx, () -> cancelSchedule(ctx)));
        app.post(BASE + "/pakete/{slug}/abschnitt", ctx -> run(ctx, () -> reviewSection(ctx)));
        app.post(BASE + "/pakete/{slug}/adresse", ctx -> run(ctx, () -> rename(ctx)));
        app.post(BASE + "/pakete/{slug}/loeschen", ctx -> run(ctx, () -> delete(ctx)));
        app.post(BASE + "/pruefen", ctx -> run(ctx, () -> checkJson(ctx)));
        app.post(BASE + "/vorschau", ctx -> run(ctx, () -> previewHtml(ctx)));
        app.get(BASE + "/protokoll", ctx -> run(ctx, () -> audit(ctx)));
        app.get(BASE + "/konten", ctx -> run(ctx, () -> accountsPage(ctx, null)));
        app.post(BASE + "/konten", ctx -> run(ctx, () -> addAccount(ctx)));
        app.post(BASE + "/konten/{name}/sperren", ctx -> run(ctx, () -> disableAccount(ctx)));
        app.get(STATIC + "{file}", ctx -> run(ctx, () -> staticFile(ctx)));
        new DeskRevisions(this, store).register(app);
    }

    // --- guard: sessions and CSRF ----------------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.attribute(ApiServer.ERROR_MARK, "desk");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", CSP);
        loginOf(ctx).ifPresent(s -> ctx.attribute(SESSION, s));
        boolean changes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
        if (!changes) {
            return;
        }
        if (ctx.path().equals(BASE + "/login")) {
            String cookie = ctx.cookie(LOGIN_COOKIE);
            if (cookie == null || !same(cookie, ctx.formParam("_csrf"))) {
                refuse(
                        ctx,
                        "Das Anmeldeformular ist abgelaufen. Bitte laden Sie die Seite neu und melden Sie sich an.");
            }
            return;
        }
        Accounts.Session s = session(ctx);
        if (s == null) {
            refuse(ctx, "Bitte melden Sie sich an: ohne Anmeldung lässt sich nichts ändern.");
            return;
        }
        String token = ctx.header("X-CSRF-Token");
        if (token == null) {
            token = ctx.formParam("_csrf");
        }
        if (!same(s.csrf(), token)) {
            refuse(
                    ctx,
                    "Die Anfrage trägt kein gültiges Formular-Token (CSRF) und wurde abgelehnt. Laden Sie die Seite neu.");
        }
    }

    /** The session the request's cookie names (the API accepts it too, see {@link SessionLogin}). */
    @Override
    public Optional<Accounts.Session> loginOf(Context ctx) {
        String id = ctx.cookie(COOKIE);
        return id == null || store == null
                ? Optional.empty()
                : store.accounts().session(id, settings.idleTimeout(), settings.absoluteTimeout());
    }

    @Override
    public boolean carriesCsrf(Context ctx, Accounts.Session session) {
        return same(session.csrf(), ctx.header("X-CSRF-Token"));
    }

    private void refuse(Context ctx, String message) {
        ctx.skipRemainingHandlers();
        errorPage(ctx, 403, "Nicht erlaubt", message);
    }

    private static boolean same(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static Accounts.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The session, or a redirect to the login page (null then). */
    static Accounts.Session required(Context ctx) {
        Accounts.Session s = session(ctx);
        if (s == null) {
            ctx.redirect(BASE + "/login");
        }
        return s;
    }

    private static boolean secure(Context ctx) {
        return ctx.scheme().equals("https") || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                                + (secure(ctx) ? "; Secure" : ""));
    }

    // --- login and logout ------------------------------------------------------------------------------------

    private void loginPage(Context ctx, String message, int status) {
        String token = randomToken();
        setCookie(ctx, LOGIN_COOKIE, token, 3600);
        StringBuilder m = new StringBuilder();
        if (message != null) {
            m.append("<p class=\"error\" role=\"alert\">").append(esc(message)).append("</p>\n");
        }
        m.append("<form class=\"login\" method=\"post\" action=\"")
                .append(BASE)
                .append("/login\">\n<input type=\"hidden\" name=\"_csrf\" value=\"")
                .append(esc(token))
                .append("\">\n<p><label for=\"name\">Kontoname</label>\n")
                .append("<input id=\"name\" name=\"name\" autocomplete=\"username\" required></p>\n")
                .append("<p><label for=\"passwort\">Passwort</label>\n")
                .append("<input id=\"passwort\" name=\"passwort\" type=\"password\" autocomplete=\"current-password\""
                        + " required></p>\n")
                .append("<p><button type=\"submit\">Anmelden</button></p>\n</form>");
        send(ctx, status, Html.page("Anmelden", null, m.toString()));
    }

    private void login(Context ctx) {
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        String password = Objects.requireNonNullElse(ctx.formParam("passwort"), "");
        String address = ctx.ip();
        if (throttle.locked(name, address)) {
            store.accounts().audit(shortName(name), "login_locked", "", address);
            loginPage(
                    ctx,
                    "Zu viele Fehlversuche: Anmeldungen für dieses Konto oder von dieser Adresse sind für "
                            + settings.lockout().toMinutes() + " Minuten gesperrt.",
                    429);
            return;
        }
        Optional<Accounts.Account> account = store.accounts().authenticate(name, password);
        if (account.isEmpty()) {
            throttle.failed(name, address);
            store.accounts().audit(shortName(name), "login_failed", "", address);
            loginPage(ctx, "Kontoname oder Passwort ist falsch (oder das Konto ist gesperrt).", 401);
            return;
        }
        throttle.succeeded(name);
        Accounts.Session old = session(ctx);
        if (old != null) {
            store.accounts().endSession(old.id());
        }
        Accounts.Session s = store.accounts().startSession(account.get());
        setCookie(ctx, COOKIE, s.id(), settings.absoluteTimeout().toSeconds());
        setCookie(ctx, LOGIN_COOKIE, "", 0);
        store.accounts().audit(s.account().name(), "login", "", address);
        ctx.redirect(BASE + "/pakete", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Accounts.Session s = session(ctx);
        store.accounts().endSession(s.id());
        store.accounts().audit(s.account().name(), "logout", "", null);
        setCookie(ctx, COOKIE, "", 0);
        ctx.redirect(BASE + "/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String shortName(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    // --- desk list -------------------------------------------------------------------------------------------

    private void list(Context ctx) {
        Accounts.Session s = required(ctx);
        if (s == null) {
            return;
        }
        Optional<State> state = Optional.ofNullable(ctx.queryParam("status"))
                .filter(v -> !v.isBlank())
                .flatMap(State::byKey);
        String q = Objects.requireNonNullElse(ctx.queryParam("q"), "").strip();
        int pageNo = Math.max(1, Math.min(parseInt(ctx.queryParam("seite"), 1), 1000));
        int limit = settings.pageSize();
        int offset = (pageNo - 1) * limit;
        List<String> slugs = new ArrayList<>();
        long total;
        if (q.isEmpty()) {
            Page<PackageSummary> page = store.list(state, Optional.empty(), limit, offset);
            page.items().forEach(p -> slugs.add(p.slug()));
            total = page.total();
        } else {
            SearchQuery query = SearchQuery.of(q).withPage(limit, offset);
            if (state.isPresent()) {
                query = query.withState(state.get().key());
            }
            var result = store.search(query);
            result.hits().stream().map(SearchHit::slug).forEach(slugs::add);
            total = result.total();
        }
        StringBuilder m = new StringBuilder();
        m.append("<form class=\"filter\" method=\"get\" action=\"")
                .append(BASE)
                .append("/pakete\" role=\"search\">\n<label for=\"q\">Suche</label> <input id=\"q\" name=\"q\""
                        + " type=\"search\" value=\"")
                .append(esc(q))
                .append("\">\n<label for=\"status\">Status</label> <select id=\"status\" name=\"status\">"
                        + "<option value=\"\">alle</option>");
        for (State st : State.values()) {
            m.append("<option value=\"")
                    .append(st.key())
                    .append('"')
                    .append(state.orElse(null) == st ? " selected" : "")
                    .append('>')
                    .append(esc(stateLabel(st)))
                    .append("</option>");
        }
        m.append("</select>\n<button type=\"submit\">Anzeigen</button></form>\n");
        m.append("<p><a class=\"button\" href=\"")
                .append(BASE)
                .append("/neu\">Neues Paket aus einer Meldung</a></p>\n");
        if (slugs.isEmpty()) {
            m.append("<p>Keine Pakete gefunden.</p>");
        } else {
            m.append("<table class=\"desk\">\n<caption>")
                    .append(total)
                    .append(total == 1 ? " Paket" : " Pakete")
                    .append(", neueste zuerst</caption>\n<thead><tr><th scope=\"col\">Titel</th>")
                    .append("<th scope=\"col\">Status</th><th scope=\"col\">Autor</th>")
                    .append("<th scope=\"col\">Letzte Änderung</th><th scope=\"col\">Prüffehler</th>")
                    .append("<th scope=\"col\">Ungeprüfte Maschinenabschnitte</th></tr></thead>\n<tbody>\n");
            for (String slug : slugs) {
                Optional<PackageRecord> found = store.find(slug);
                if (found.isEmpty()) {
                    continue;
                }
                PackageRecord rec = found.get();
                List<RevisionInfo> history = store.revisions(slug);
                String author = history.isEmpty() ? "" : history.get(0).author();
                long errors = desk.check(rec.text(), Optional.empty(), false).stream()
                        .filter(Diagnostic::isError)
                        .count();
                m.append("<tr><td><a href=\"")
                        .append(BASE)
                        .append("/pakete/")
                        .append(esc(slug))
                        .append("\">")
                        .append(esc(rec.headline()))
                        .append("</a></td><td>")
                        .append(esc(stateLabel(rec.state()) + pendingMark(rec)))
                        .append("</td><td>")
                        .append(esc(author))
                        .append("</td><td>")
                        .append(esc(time(rec.updatedAt())))
                        .append("</td><td>")
                        .append(errors)
                        .append("</td><td>")
                        .append(unreviewed(rec.pkg()).size())
                        .append("</td></tr>\n");
            }
            m.append("</tbody></table>\n");
            long pages = (total + limit - 1) / limit;
            if (pages > 1) {
                m.append("<nav class=\"pages\" aria-label=\"Seiten\"><p>Seite ")
                        .append(pageNo)
                        .append(" von ")
                        .append(pages)
                        .append(' ');
                String base = BASE + "/pakete?q=" + url(q) + "&status="
                        + state.map(State::key).orElse("") + "&seite=";
                if (pageNo > 1) {
                    m.append("<a href=\"").append(esc(base + (pageNo - 1))).append("\">Neuere</a> ");
                }
                if (pageNo < pages) {
                    m.append("<a href=\"").append(esc(base + (pageNo + 1))).append("\">Ältere</a>");
                }
                m.append("</p></nav>\n");
            }
        }
        send(ctx, 200, Html.page("Pakete", s, m.toString()));
    }

    // --- new package from a wire report ----------------------------------------------------------------------

    private void newPage(Context ctx, String report, String agency, String credit, String message) {
        Accounts.Session s = required(ctx);
        if (s == null) {
            return;
        }
        StringBuilder m = new StringBuilder();
        if (message != null) {
            m.append("<p class=\"error\" role=\"alert\">").append(esc(message)).append("</p>\n");
        }
        m.append(
                        "<p>Fügen Sie eine Agenturmeldung ein oder laden Sie sie als Textdatei hoch. Die Maschine entwirft"
                                + " daraus ein Paket; jeder ihrer Abschnitte ist als maschinell markiert, bis ihn jemand prüft.</p>\n")
                .append("<form method=\"post\" action=\"")
                .append(BASE)
                .append("/neu\" enctype=\"multipart/form-data\">\n")
                .append(Html.csrfField(s))
                .append("\n<p><label for=\"meldung\">Agenturmeldung</label>\n<textarea id=\"meldung\" name=\"meldung\""
                        + " rows=\"14\" cols=\"80\">")
                .append(esc(report))
                .append("</textarea></p>\n<p><label for=\"datei\">oder Textdatei (UTF-8)</label>\n"
                        + "<input id=\"datei\" name=\"datei\" type=\"file\" accept=\".txt,text/plain\"></p>\n")
                .append("<p><label for=\"agentur\">Agentur</label>\n<input id=\"agentur\" name=\"agentur\""
                        + " list=\"agenturen\" value=\"")
                .append(esc(agency))
                .append("\"><datalist id=\"agenturen\"><option value=\"dpa\"><option value=\"AFP\">"
                        + "<option value=\"Reuters\"><option value=\"epd\"><option value=\"KNA\"></datalist></p>\n")
                .append("<p><label for=\"bild\">Bildnachweis</label>\n<input id=\"bild\" name=\"bild\" value=\"")
                .append(esc(credit))
                .append("\"></p>\n")
                .append(
                        "<p><label for=\"slug\">Adresse (Slug)</label>\n<input id=\"slug\" name=\"slug\" maxlength=\"120\""
                                + " aria-describedby=\"slug-hinweis\" value=\"")
                // the form is read only when one was sent: on a GET, reading a body that never comes trips Jetty's
                // minimum data rate once the request is older than a second (408 → 500 on a busy server)
                .append(esc(
                        ctx.method() == HandlerType.POST ? Objects.requireNonNullElse(ctx.formParam("slug"), "") : ""))
                .append(
                        "\"> <span id=\"slug-hinweis\" class=\"hint\">leer lassen: die Maschine schlägt sie aus der"
                                + " Überschrift ihres Entwurfs vor; bis zur Veröffentlichung lässt sie sich ändern.</span></p>\n")
                .append("<p><button type=\"submit\">Entwurf anlegen</button></p>\n</form>");
        send(ctx, message == null ? 200 : 422, Html.page("Neues Paket aus einer Meldung", s, m.toString()));
    }

    private void create(Context ctx) throws IOException {
        Accounts.Session s = session(ctx);
        String report = Objects.requireNonNullElse(ctx.formParam("meldung"), "");
        UploadedFile file = ctx.uploadedFile("datei");
        if (file != null && file.size() > 0) {
            if (file.size() > settings.maxReportChars() * 4L) {
                newPage(ctx, "", "", "", "Die Datei ist zu groß.");
                return;
            }
            try (InputStream in = file.content()) {
                report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        report = report.replace("\r\n", "\n"); // browsers send form text with CRLF
        String agency = Objects.requireNonNullElse(ctx.formParam("agentur"), "").strip();
        String credit = Objects.requireNonNullElse(ctx.formParam("bild"), "").strip();
        if (report.isBlank()) {
            newPage(ctx, report, agency, credit, "Bitte fügen Sie eine Meldung ein oder wählen Sie eine Datei.");
            return;
        }
        if (report.length() > settings.maxReportChars()) {
            newPage(ctx, "", agency, credit, "Die Meldung ist länger als " + settings.maxReportChars() + " Zeichen.");
            return;
        }
        ArticlePackage pkg;
        String message = "Entwurf aus Agenturmeldung";
        try {
            de.ozd.newsroom.draft.DraftOutcome outcome = desk.draft(
                    report,
                    Optional.of(agency).filter(a -> !a.isEmpty()),
                    Optional.of(credit).filter(c -> !c.isEmpty()),
                    false,
                    de.ozd.newsroom.draft.DraftListener.NONE);
            pkg = outcome.pkg();
            // the engine's notes (an explainer answer from the archive, to be checked) stay in the history
            message = draftMessage(message, outcome.notes(), store.config().maxMessageChars());
        } catch (DraftException e) {
            newPage(
                    ctx,
                    report,
                    agency,
                    credit,
                    "Aus dieser Meldung lässt sich kein Entwurf machen: " + e.getMessage());
            return;
        }
        PackageRecord rec;
        try {
            String slug = Objects.requireNonNullElse(ctx.formParam("slug"), "").strip();
            rec = store.create(
                    slug.isEmpty() ? null : slug,
                    Draft.fromPackage(pkg, desk.house()),
                    s.account().name(),
                    message);
        } catch (StoreException e) {
            newPage(ctx, report, agency, credit, e.getMessage());
            return;
        }
        store.sources().put(rec.slug(), report);
        store.accounts().audit(s.account().name(), "create", rec.slug(), "Entwurf aus Agenturmeldung");
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The first revision's message with the engine's notes, on one line and within the store's limit. */
    static String draftMessage(String message, java.util.List<String> notes, int max) {
        String full = notes.isEmpty() ? message : message + "; " + String.join(" ", notes);
        full = full.replaceAll("\\s+", " ");
        return full.length() <= max ? full : full.substring(0, Math.max(0, max - 1)) + "…";
    }

    // --- editing view ----------------------------------------------------------------------------------------

    Optional<PackageRecord> record(Context ctx) {
        String slug = ctx.pathParam("slug");
        return SLUG.matcher(slug).matches() ? store.find(slug) : Optional.empty();
    }

    private void edit(Context ctx) {
        Accounts.Session s = required(ctx);
        if (s == null) {
            return;
        }
        Optional<PackageRecord> rec = record(ctx);
        if (rec.isEmpty()) {
            errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket gibt es nicht.");
            return;
        }
        editPage(ctx, s, rec.get(), rec.get().text(), null, List.of(), 200);
    }

    private void editPage(
            Context ctx,
            Accounts.Session s,
            PackageRecord rec,
            String text,
            String message,
            List<String> refusal,
            int status) {
        String slug = rec.slug();
        Optional<String> source = store.sources().get(slug);
        List<Diagnostic> findings = desk.check(text, source, false);
        StringBuilder m = new StringBuilder();
        m.append("<p class=\"meta\">Status: <strong>")
                .append(esc(stateLabel(rec.state())))
                .append("</strong> · Revision ")
                .append(rec.revision())
                .append(" · zuletzt geändert ")
                .append(esc(time(rec.updatedAt())))
                .append(source.isPresent() ? " · Quelle: gespeicherte Agenturmeldung" : "")
                .append("</p>\n");
        liveHint(m, rec);
        if (message != null) {
            m.append("<div class=\"error\" role=\"alert\"><p>")
                    .append(esc(message))
                    .append("</p>");
            if (!refusal.isEmpty()) {
                m.append("<ul>");
                refusal.forEach(r -> m.append("<li>").append(esc(r)).append("</li>"));
                m.append("</ul>");
            }
            m.append("</div>\n");
        }
        m.append("<div class=\"workspace\">\n<form id=\"editor\" class=\"editor\" method=\"post\" action=\"")
                .append(BASE)
                .append("/pakete/")
                .append(esc(slug))
                .append("\" data-slug=\"")
                .append(esc(slug))
                .append("\">\n")
                .append(Html.csrfField(s))
                .append("<input type=\"hidden\" name=\"basis\" value=\"")
                .append(rec.revision())
                .append("\">\n<label for=\"text\">Text im Hausformat</label>\n<div class=\"lines-wrap\">")
                .append("<pre class=\"gutter\" id=\"gutter\" aria-hidden=\"true\">");
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        for (int i = 1; i <= lines; i++) {
            m.append(i).append('\n');
        }
        m.append("</pre><textarea id=\"text\" name=\"text\" rows=\"30\" cols=\"80\" spellcheck=\"false\" wrap=\"off\">")
                .append(esc(text))
                .append("</textarea></div>\n<p><label for=\"notiz\">Notiz zur Revision</label> "
                        + "<input id=\"notiz\" name=\"notiz\" maxlength=\"500\"></p>\n")
                .append("<p><button type=\"submit\" id=\"speichern\">Speichern (Strg+S)</button> ")
                .append("<label><input type=\"checkbox\" id=\"rechtschreibung\"> Rechtschreibung prüfen</label> ")
                .append("<span id=\"status\" role=\"status\" aria-live=\"polite\"></span></p>\n</form>\n");
        m.append("<div class=\"side\">\n<section aria-labelledby=\"befunde-titel\">\n<h2 id=\"befunde-titel\">Befunde")
                .append("</h2>\n<ul id=\"befunde\" class=\"findings\">");
        findingItems(m, findings);
        m.append("</ul>\n</section>\n<section aria-labelledby=\"vorschau-titel\">\n<h2 id=\"vorschau-titel\">Vorschau")
                .append("</h2>\n<iframe id=\"vorschau\" title=\"Vorschau wie auf der Leserseite\" "
                        + "sandbox=\"allow-same-origin\" srcdoc=\"")
                .append(esc(preview(slug, text)))
                .append("\"></iframe>\n</section>\n</div>\n</div>\n");
        sections(m, s, rec);
        workflow(m, s, rec);
        AddressSection.render(m, s, store, rec);
        revisions(m, rec);
        send(ctx, status, Html.page(rec.headline(), s, m.toString()));
    }

    private static void findingItems(StringBuilder m, List<Diagnostic> findings) {
        if (findings.isEmpty()) {
            m.append("<li class=\"none\">Keine Befunde.</li>");
        }
        for (Diagnostic d : findings) {
            m.append("<li><button type=\"button\" class=\"finding ")
                    .append(d.isError() ? "err" : "warn")
                    .append("\" data-line=\"")
                    .append(d.line())
                    .append("\" data-column=\"")
                    .append(d.column())
                    .append("\">")
                    .append(d.isError() ? "Fehler" : "Hinweis")
                    .append(" Zeile ")
                    .append(d.line())
                    .append(", Spalte ")
                    .append(d.column())
                    .append(" (")
                    .append(esc(d.rule()))
                    .append("): ")
                    .append(esc(d.message()))
                    .append("</button></li>");
        }
    }

    private void sections(StringBuilder m, Accounts.Session s, PackageRecord rec) {
        List<Section> machine = new ArrayList<>();
        for (Map.Entry<Section, SectionProvenance> e :
                rec.pkg().provenance().sections().entrySet()) {
            if (e.getValue().origin().isMachine()) {
                machine.add(e.getKey());
            }
        }
        if (machine.isEmpty()) {
            return;
        }
        m.append("<section aria-labelledby=\"abschnitte-titel\">\n<h2 id=\"abschnitte-titel\">Maschinell entworfene"
                + " Abschnitte</h2>\n<ul class=\"sections\">");
        for (Section sec : machine) {
            SectionProvenance p = rec.pkg().provenance().orHuman(sec);
            m.append("<li>")
                    .append(esc(sec.key()))
                    .append(" – Herkunft: ")
                    .append(esc(p.origin().toString().toLowerCase(java.util.Locale.ROOT)))
                    .append(p.model().map(x -> " (" + esc(x) + ")").orElse(""))
                    .append(" – ")
                    .append(p.machineLabel()
                            .map(o -> "als maschinell gekennzeichnet veröffentlicht von " + esc(o.by()) + " am "
                                    + esc(time(o.at())) + " – ")
                            .orElse(""));
            if (p.reviewed()) {
                m.append("geprüft")
                        .append(p.review()
                                .map(o -> " von " + esc(o.by()) + " am " + esc(time(o.at())))
                                .orElse(""));
            } else if (!s.account().role().atLeast(Role.REDAKTEUR)) {
                m.append("ungeprüft (prüfen dürfen Redakteure)");
            } else {
                m.append("<form class=\"inline\" method=\"post\" action=\"")
                        .append(BASE)
                        .append("/pakete/")
                        .append(esc(rec.slug()))
                        .append("/abschnitt\">")
                        .append(Html.csrfField(s))
                        .append("<input type=\"hidden\" name=\"basis\" value=\"")
                        .append(rec.revision())
                        .append("\"><input type=\"hidden\" name=\"abschnitt\" value=\"")
                        .append(esc(sec.key()))
                        .append("\"><button type=\"submit\">Abschnitt geprüft</button></form>");
            }
            m.append("</li>");
        }
        m.append("</ul>\n</section>\n");
    }

    private void workflow(StringBuilder m, Accounts.Session s, PackageRecord rec) {
        Role role = s.account().role();
        List<State> allowed = rec.state().next().stream()
                .filter(to -> allowed(role, to))
                .sorted()
                .toList();
        m.append("<section aria-labelledby=\"ablauf-titel\">\n<h2 id=\"ablauf-titel\">Arbeitsablauf</h2>\n");
        if (allowed.isEmpty()) {
            m.append("<p>Für Ihre Rolle (")
                    .append(esc(role.label()))
                    .append(") gibt es hier keinen nächsten Schritt.</p>\n");
        }
        for (State to : allowed) {
            m.append("<form class=\"transition\" method=\"post\" action=\"")
                    .append(BASE)
                    .append("/pakete/")
                    .append(esc(rec.slug()))
                    .append("/status\">")
                    .append(Html.csrfField(s))
                    .append("<input type=\"hidden\" name=\"ziel\" value=\"")
                    .append(to.key())
                    .append("\"><input type=\"hidden\" name=\"basis\" value=\"")
                    .append(rec.revision())
                    .append("\">");
            if (to == State.CORRECTED || to == State.RETRACTED) {
                String id = "notiz-" + to.key();
                m.append("<label for=\"")
                        .append(id)
                        .append("\">")
                        .append(to == State.CORRECTED ? "Korrekturhinweis (öffentlich)" : "Begründung (öffentlich)")
                        .append("</label> <input id=\"")
                        .append(id)
                        .append("\" name=\"notiz\" required maxlength=\"2000\"> ");
            }
            if (to.isPublic() && !unreviewed(rec.pkg()).isEmpty()) {
                m.append("<label><input type=\"checkbox\" name=\"maschinell\" value=\"ja\"> ungeprüfte Abschnitte als "
                        + "maschinell erstellt gekennzeichnet veröffentlichen</label> ");
            }
            m.append("<button type=\"submit\">").append(esc(action(to))).append("</button></form>\n");
        }
        publishingForms(m, s, rec);
        m.append("</section>\n");
    }

    private void revisions(StringBuilder m, PackageRecord rec) {
        m.append(
                        "<section aria-labelledby=\"revisionen-titel\">\n<h2 id=\"revisionen-titel\">Revisionen</h2>\n<p><a href=\"")
                .append(esc(DeskRevisions.listPath(rec.slug())))
                .append("\">Revisionen vergleichen und wiederherstellen</a></p>\n<ol class=\"revisions\" reversed>");
        List<RevisionInfo> history = store.revisions(rec.slug());
        for (int i = history.size() - 1; i >= 0; i--) {
            RevisionInfo r = history.get(i);
            m.append("<li value=\"")
                    .append(r.revision())
                    .append("\">")
                    .append(esc(time(r.createdAt())))
                    .append(" – ")
                    .append(esc(r.author()))
                    .append(" – ")
                    .append(esc(r.summary()))
                    .append(r.note().map(n -> " – Hinweis: " + esc(n)).orElse(""))
                    .append("</li>");
        }
        m.append("</ol>\n</section>\n");
    }

    /** Which transitions a role may make: a Reporter only sends to review (or back to draft). */
    static boolean allowed(Role role, State to) {
        return switch (to) {
            case DRAFT, IN_REVIEW -> true;
            case PUBLISHED, CORRECTED, RETRACTED -> role.atLeast(Role.REDAKTEUR);
        };
    }

    private static String action(State to) {
        return switch (to) {
            case DRAFT -> "Zurück in den Entwurf";
            case IN_REVIEW -> "Zur Prüfung senden";
            case PUBLISHED -> "Veröffentlichen";
            case CORRECTED -> "Als Korrektur veröffentlichen";
            case RETRACTED -> "Zurückziehen";
        };
    }

    private static List<Section> unreviewed(ArticlePackage pkg) {
        return pkg.provenance().sections().entrySet().stream()
                .filter(e -> e.getValue().needsMachineLabel())
                .map(Map.Entry::getKey)
                .toList();
    }

    // --- saving, review, workflow ----------------------------------------------------------------------------

    private void save(Context ctx) {
        Accounts.Session s = session(ctx);
        Optional<PackageRecord> found = record(ctx);
        if (found.isEmpty()) {
            errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket gibt es nicht.");
            return;
        }
        String text = Objects.requireNonNullElse(ctx.formParam("text"), "").replace("\r\n", "\n");
        int base = parseInt(ctx.formParam("basis"), -1);
        String note = Optional.ofNullable(ctx.formParam("notiz"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .orElse(null);
        String slug = found.get().slug();
        try {
            PackageRecord rec = store.save(
                    slug, base, Draft.fromText(text, desk.house()), s.account().name(), note);
            store.accounts().audit(s.account().name(), "save", slug, "Revision " + rec.revision());
            ctx.redirect(BASE + "/pakete/" + slug, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ConflictException e) {
            conflictPage(ctx, s, store.get(slug), text);
        } catch (StoreException e) {
            editPage(ctx, s, found.get(), text, "Nicht gespeichert: " + e.getMessage(), List.of(), 422);
        }
    }

    private void conflictPage(Context ctx, Accounts.Session s, PackageRecord current, String mine) {
        StringBuilder m = new StringBuilder();
        m.append("<p class=\"error\" role=\"alert\">Jemand hat das Paket inzwischen gespeichert (jetzt Revision ")
                .append(current.revision())
                .append("). Ihre Fassung ist nicht verloren: sie steht links. Übernehmen Sie, was bleiben soll, und"
                        + " speichern Sie erneut.</p>\n<div class=\"conflict\">\n<form method=\"post\" action=\"")
                .append(BASE)
                .append("/pakete/")
                .append(esc(current.slug()))
                .append("\">")
                .append(Html.csrfField(s))
                .append("<input type=\"hidden\" name=\"basis\" value=\"")
                .append(current.revision())
                .append("\"><h2><label for=\"mine\">Ihre Fassung (nicht gespeichert)</label></h2>\n")
                .append("<textarea id=\"mine\" name=\"text\" rows=\"30\" cols=\"60\">")
                .append(esc(mine))
                .append(
                        "</textarea>\n<p><button type=\"submit\">Meine Fassung als neue Revision speichern</button></p>")
                .append("</form>\n<div><h2><label for=\"theirs\">Aktuelle Fassung (Revision ")
                .append(current.revision())
                .append(")</label></h2>\n<textarea id=\"theirs\" readonly rows=\"30\" cols=\"60\">")
                .append(esc(current.text()))
                .append("</textarea>\n<p><a href=\"")
                .append(BASE)
                .append("/pakete/")
                .append(esc(current.slug()))
                .append("\">Aktuelle Fassung bearbeiten</a></p></div>\n</div>");
        send(ctx, 409, Html.page("Gleichzeitig geändert: " + current.headline(), s, m.toString()));
    }

    private void reviewSection(Context ctx) {
        Accounts.Session s = session(ctx);
        Optional<PackageRecord> found = record(ctx);
        Optional<Section> section = Section.byKey(Objects.requireNonNullElse(ctx.formParam("abschnitt"), ""));
        if (found.isEmpty() || section.isEmpty()) {
            errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket oder diesen Abschnitt gibt es nicht.");
            return;
        }
        PackageRecord rec = found.get();
        if (!s.account().role().atLeast(Role.REDAKTEUR)) {
            errorPage(ctx, 403, "Nicht erlaubt", "Abschnitte prüfen dürfen Redakteure und Admins.");
            return;
        }
        try {
            SectionReview.review(
                    store,
                    desk.house(),
                    rec,
                    section.get(),
                    s.account().name(),
                    parseInt(ctx.formParam("basis"), -1),
                    Instant.now());
        } catch (ConflictException e) {
            editPage(
                    ctx,
                    s,
                    store.get(rec.slug()),
                    store.get(rec.slug()).text(),
                    "Das Paket wurde inzwischen geändert; prüfen Sie den Abschnitt in der aktuellen Fassung.",
                    List.of(),
                    409);
            return;
        }
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void transition(Context ctx) {
        Accounts.Session s = session(ctx);
        Optional<PackageRecord> found = record(ctx);
        Optional<State> to = State.byKey(Objects.requireNonNullElse(ctx.formParam("ziel"), ""));
        if (found.isEmpty() || to.isEmpty()) {
            errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket oder diesen Status gibt es nicht.");
            return;
        }
        PackageRecord rec = found.get();
        Role role = s.account().role();
        if (!allowed(role, to.get())) {
            forbidden(ctx, role, action(to.get()));
            return;
        }
        String note = Optional.ofNullable(ctx.formParam("notiz"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .orElse(null);
        boolean machineLabel = "ja".equals(ctx.formParam("maschinell"));
        try {
            PublishGate.transition(
                    store,
                    desk,
                    rec,
                    to.get(),
                    note,
                    s.account().name(),
                    s.account().name(),
                    parseInt(ctx.formParam("basis"), rec.revision()),
                    machineLabel,
                    Clock.systemUTC());
        } catch (PublishGate.Refused e) {
            List<String> refusal = e.refusal().lines();
            store.accounts().audit(s.account().name(), "publish_refused", rec.slug(), refusal.size() + " Befunde");
            editPage(ctx, s, rec, rec.text(), e.getMessage(), refusal, 422);
            return;
        } catch (StoreException e) {
            editPage(ctx, s, store.get(rec.slug()), store.get(rec.slug()).text(), e.getMessage(), List.of(), 409);
            return;
        }
        String detail = note;
        if (to.get().isPublic() && machineLabel && !unreviewed(rec.pkg()).isEmpty()) {
            detail = "als maschinell erstellt gekennzeichnet: "
                    + String.join(
                            ", ",
                            unreviewed(rec.pkg()).stream().map(Section::key).toList());
        }
        store.accounts().audit(s.account().name(), "transition:" + to.get().key(), rec.slug(), detail);
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- address: rename and delete (AddressSection says who may) -------------------------------------------

    /** The package of the path, or a 404 page (null then). */
    private PackageRecord recordOrNotFound(Context ctx) {
        Optional<PackageRecord> found = record(ctx);
        if (found.isEmpty()) {
            errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket gibt es nicht.");
        }
        return found.orElse(null);
    }

    /** The store refused: the editing view of the package as it is now, with the refusal. */
    private void refused(Context ctx, Accounts.Session s, String slug, StoreException e, int status) {
        PackageRecord now = store.get(slug);
        editPage(ctx, s, now, now.text(), e.getMessage(), List.of(), status);
    }

    private void rename(Context ctx) {
        Accounts.Session s = session(ctx);
        PackageRecord rec = recordOrNotFound(ctx);
        if (rec == null) {
            return;
        }
        if (!AddressSection.mayRename(s, rec, store.everPublished(rec.slug()))) {
            errorPage(
                    ctx,
                    403,
                    "Nicht erlaubt",
                    "Die Adresse eines veröffentlichten oder zurückgezogenen Artikels können Sie als "
                            + s.account().role().label() + " nicht ändern.");
            return;
        }
        String to = Objects.requireNonNullElse(ctx.formParam("slug"), "").strip();
        PackageRecord moved;
        try {
            moved = store.rename(rec.slug(), to, s.account().name(), parseInt(ctx.formParam("basis"), rec.revision()));
        } catch (StoreException e) {
            refused(ctx, s, rec.slug(), e, e.kind() == StoreException.Kind.BAD_ARGUMENT ? 400 : 409);
            return;
        }
        store.accounts().audit(s.account().name(), "rename", moved.slug(), "vorher " + rec.slug());
        ctx.redirect(BASE + "/pakete/" + moved.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Accounts.Session s = session(ctx);
        PackageRecord rec = recordOrNotFound(ctx);
        if (rec == null) {
            return;
        }
        boolean published = store.everPublished(rec.slug());
        if (!published && !AddressSection.mayDelete(s, store, rec, false)) {
            errorPage(
                    ctx,
                    403,
                    "Nicht erlaubt",
                    "Einen Entwurf, den jemand anderes angelegt hat, löschen Redakteure und Admins.");
            return;
        }
        if (!"ja".equals(ctx.formParam("bestaetigt"))) {
            editPage(ctx, s, rec, rec.text(), "Bitte bestätigen Sie das Löschen mit dem Häkchen.", List.of(), 422);
            return;
        }
        PackageRecord gone;
        try {
            gone = store.delete(rec.slug(), s.account().name(), parseInt(ctx.formParam("basis"), rec.revision()));
        } catch (StoreException e) {
            refused(ctx, s, rec.slug(), e, 409);
            return;
        }
        store.accounts()
                .audit(
                        s.account().name(),
                        "delete",
                        rec.slug(),
                        "Revisionen: " + gone.revision() + ", nie veröffentlicht");
        ctx.redirect(BASE + "/pakete", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- live revision: updates and planned publication ------------------------------------------------------

    /** What readers see while the editor edits: the live revision, pending edits, a planned time, an embargo. */
    private void liveHint(StringBuilder m, PackageRecord rec) {
        List<String> lines = new ArrayList<>();
        if (rec.state().isPublic() && rec.pending()) {
            lines.add("Die Leserseite zeigt Revision " + rec.liveRevision().orElse(0) + "; Sie bearbeiten Revision "
                    + rec.revision() + ". Ihre Änderungen erscheinen erst, wenn ein Redakteur sie als "
                    + "Aktualisierung oder als Korrektur veröffentlicht.");
        } else if (rec.state().isPublic()) {
            lines.add("Die Leserseite zeigt diese Revision (" + rec.revision() + "). Was Sie speichern, erscheint "
                    + "erst, wenn ein Redakteur es als Aktualisierung oder als Korrektur veröffentlicht.");
        }
        rec.scheduledAt().ifPresent(at -> lines.add("Veröffentlichung geplant für " + time(at) + "."));
        try {
            rec.embargo()
                    .ifPresent(until -> lines.add("Sperrfrist bis " + time(until)
                            + (until.isAfter(Instant.now())
                                    ? ": vorher wird nicht veröffentlicht."
                                    : " (abgelaufen).")));
        } catch (StoreException e) {
            lines.add(e.getMessage());
        }
        if (lines.isEmpty()) {
            return;
        }
        m.append("<div class=\"live-hint\" role=\"note\">");
        lines.forEach(l -> m.append("<p>").append(esc(l)).append("</p>"));
        m.append("</div>\n");
    }

    /** For the desk list: whether edits wait to be published, or a publication is planned. */
    private static String pendingMark(PackageRecord rec) {
        if (rec.state().isPublic() && rec.pending()) {
            return " · Änderung nicht veröffentlicht";
        }
        return rec.scheduledAt().map(at -> " · geplant für " + time(at)).orElse("");
    }

    /** The Redakteur's buttons: publish pending edits as an update, plan a publication, cancel the plan. */
    private void publishingForms(StringBuilder m, Accounts.Session s, PackageRecord rec) {
        if (!s.account().role().atLeast(Role.REDAKTEUR)) {
            return;
        }
        if (rec.state().isPublic() && rec.pending()) {
            formStart(m, s, rec, "aktualisieren");
            m.append("<button type=\"submit\">Als Aktualisierung veröffentlichen</button></form>\n");
        }
        if (rec.state() == State.IN_REVIEW) {
            formStart(m, s, rec, "planen");
            m.append("<label for=\"planen-zeit\">Zeitpunkt (")
                    .append(esc(site.zone().getId()))
                    .append(")</label> <input type=\"datetime-local\" id=\"planen-zeit\" name=\"zeit\" required> ")
                    .append("<button type=\"submit\">Veröffentlichung planen</button></form>\n");
        }
        if (rec.scheduledAt().isPresent()) {
            formStart(m, s, rec, "planung-aufheben");
            m.append("<button type=\"submit\">Planung aufheben</button></form>\n");
        }
    }

    private static void formStart(StringBuilder m, Accounts.Session s, PackageRecord rec, String action) {
        Html.packageForm(
                m, " class=\"transition\"", BASE + "/pakete/" + esc(rec.slug()) + "/" + action, s, rec.revision());
    }

    /** The 403 page for an action only Redakteure and Admins may take. */
    private void forbidden(Context ctx, Role role, String what) {
        errorPage(
                ctx,
                403,
                "Nicht erlaubt",
                "Als " + role.label() + " können Sie nicht „" + what + "“; das dürfen Redakteure und Admins.");
    }

    /** The package of a Redakteur's publishing request, or {@code null} after an error page. */
    private PackageRecord publishable(Context ctx, Accounts.Session s, String what) {
        PackageRecord found = recordOrNotFound(ctx);
        if (found == null) {
            return null;
        }
        if (!s.account().role().atLeast(Role.REDAKTEUR)) {
            forbidden(ctx, s.account().role(), what);
            return null;
        }
        return found;
    }

    /**
     * The publish gate at an update or a planned publication (unreviewed machine sections must be reviewed first:
     * the machine-label choice is offered where a package is published or corrected); false (after the refusal
     * page) when it has objections.
     */
    private boolean passesGate(Context ctx, Accounts.Session s, PackageRecord rec) {
        PublishGate.Refusal refusal = PublishGate.check(desk, rec.text(), rec.pkg(), false);
        if (refusal.isEmpty()) {
            return true;
        }
        List<String> lines = refusal.lines();
        store.accounts().audit(s.account().name(), "publish_refused", rec.slug(), lines.size() + " Befunde");
        editPage(ctx, s, rec, rec.text(), refusal.summary(), lines, 422);
        return false;
    }

    private void publishUpdate(Context ctx) {
        Accounts.Session s = session(ctx);
        PackageRecord rec = publishable(ctx, s, "Als Aktualisierung veröffentlichen");
        if (rec == null || !passesGate(ctx, s, rec)) {
            return;
        }
        try {
            PackageRecord done = store.publishUpdate(
                    rec.slug(), s.account().name(), parseInt(ctx.formParam("basis"), rec.revision()));
            store.accounts().audit(s.account().name(), "publish_update", rec.slug(), "Revision " + done.revision());
        } catch (StoreException e) {
            refused(ctx, s, rec.slug(), e, e.kind() == StoreException.Kind.INVALID ? 422 : 409);
            return;
        }
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void schedule(Context ctx) {
        Accounts.Session s = session(ctx);
        PackageRecord rec = publishable(ctx, s, "Veröffentlichung planen");
        if (rec == null) {
            return;
        }
        Instant at;
        try {
            at = java.time.LocalDateTime.parse(Objects.requireNonNullElse(ctx.formParam("zeit"), "")
                            .strip())
                    .atZone(site.zone())
                    .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            editPage(ctx, s, rec, rec.text(), "Nicht geplant: bitte Datum und Uhrzeit angeben.", List.of(), 422);
            return;
        }
        if (!passesGate(ctx, s, rec)) {
            return;
        }
        try {
            PackageRecord done = store.schedule(
                    rec.slug(), at, s.account().name(), parseInt(ctx.formParam("basis"), rec.revision()));
            store.accounts()
                    .audit(
                            s.account().name(),
                            "schedule",
                            rec.slug(),
                            done.scheduledAt().map(Instant::toString).orElse(null));
        } catch (StoreException e) {
            refused(ctx, s, rec.slug(), e, e.kind() == StoreException.Kind.INVALID ? 422 : 409);
            return;
        }
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void cancelSchedule(Context ctx) {
        Accounts.Session s = session(ctx);
        PackageRecord rec = publishable(ctx, s, "Planung aufheben");
        if (rec == null) {
            return;
        }
        store.cancelSchedule(rec.slug(), s.account().name());
        store.accounts().audit(s.account().name(), "schedule_cancel", rec.slug(), null);
        ctx.redirect(BASE + "/pakete/" + rec.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- live checks and preview (fetch) ---------------------------------------------------------------------

    private JsonNode jsonBody(Context ctx) {
        try {
            return JSON.readTree(ctx.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private void checkJson(Context ctx) {
        JsonNode body = jsonBody(ctx);
        String text = body.path("text").asText("");
        String slug = body.path("slug").asText("");
        boolean spelling = body.path("spelling").asBoolean(false);
        Optional<String> source = SLUG.matcher(slug).matches() ? store.sources().get(slug) : Optional.empty();
        List<Diagnostic> found = desk.check(text, source, spelling);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("findings");
        for (Diagnostic d : found) {
            list.addObject()
                    .put("line", d.line())
                    .put("column", d.column())
                    .put("error", d.isError())
                    .put("rule", d.rule())
                    .put("message", d.message());
        }
        out.put("errors", found.stream().filter(Diagnostic::isError).count());
        ctx.attribute(ApiServer.ERROR_MARK, "desk");
        ctx.contentType("application/json; charset=utf-8").result(out.toString());
    }

    private void previewHtml(Context ctx) {
        JsonNode body = jsonBody(ctx);
        String slug = body.path("slug").asText("vorschau");
        send(
                ctx,
                200,
                preview(
                        SLUG.matcher(slug).matches() ? slug : "vorschau",
                        body.path("text").asText("")));
    }

    /** The text as readers would see it, rendered by the reader site's renderer; a German note if it cannot be. */
    private String preview(String slug, String text) {
        try {
            ArticlePackage pkg = PackageParser.ozd().parse(text).pkg();
            Publication p = Publication.of(pkg, site, slug, Instant.now());
            // The preview frame runs no script (sandboxed): the reader page's own scripts are left out.
            return PAGE_SCRIPT
                    .matcher(renderers.get("html").orElseThrow().render(List.of(p)))
                    .replaceAll("");
        } catch (RuntimeException e) {
            return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Vorschau</title></head>"
                    + "<body><p>Keine Vorschau möglich: " + esc(e.getMessage()) + "</p></body></html>";
        }
    }

    // --- admin pages -----------------------------------------------------------------------------------------

    private Accounts.Session admin(Context ctx) {
        Accounts.Session s = required(ctx);
        if (s != null && !s.account().role().atLeast(Role.ADMIN)) {
            errorPage(ctx, 403, "Nicht erlaubt", "Diese Seite ist Admins vorbehalten.");
            return null;
        }
        return s;
    }

    private void audit(Context ctx) {
        Accounts.Session s = admin(ctx);
        if (s == null) {
            return;
        }
        int pageNo = Math.max(1, Math.min(parseInt(ctx.queryParam("seite"), 1), 1000));
        Page<Accounts.AuditEntry> page = store.accounts().auditLog(100, (pageNo - 1) * 100);
        StringBuilder m = new StringBuilder("<table class=\"audit\">\n<caption>")
                .append(page.total())
                .append(" Einträge, neueste zuerst</caption>\n<thead><tr><th scope=\"col\">Zeit</th>"
                        + "<th scope=\"col\">Wer</th><th scope=\"col\">Was</th><th scope=\"col\">Woran</th>"
                        + "<th scope=\"col\">Einzelheiten</th></tr></thead>\n<tbody>\n");
        for (Accounts.AuditEntry e : page.items()) {
            m.append("<tr><td>")
                    .append(esc(time(e.at())))
                    .append("</td><td>")
                    .append(esc(e.actor()))
                    .append("</td><td>")
                    .append(esc(e.action()))
                    .append("</td><td>")
                    .append(esc(e.target()))
                    .append("</td><td>")
                    .append(esc(e.detail().orElse("")))
                    .append("</td></tr>\n");
        }
        m.append("</tbody></table>\n");
        if (page.total() > (long) pageNo * 100) {
            m.append("<p><a href=\"").append(BASE).append("/protokoll?seite=").append(pageNo + 1);
            m.append("\">Ältere Einträge</a></p>");
        }
        send(ctx, 200, Html.page("Protokoll", s, m.toString()));
    }

    private void accountsPage(Context ctx, String message) {
        Accounts.Session s = admin(ctx);
        if (s == null) {
            return;
        }
        StringBuilder m = new StringBuilder();
        if (message != null) {
            m.append("<p class=\"notice\" role=\"status\">")
                    .append(esc(message))
                    .append("</p>\n");
        }
        m.append("<table class=\"accounts\">\n<thead><tr><th scope=\"col\">Konto</th><th scope=\"col\">Rolle</th>"
                + "<th scope=\"col\">Angelegt</th><th scope=\"col\">Zustand</th></tr></thead>\n<tbody>\n");
        for (Accounts.Account a : store.accounts().list()) {
            m.append("<tr><td>")
                    .append(esc(a.name()))
                    .append("</td><td>")
                    .append(esc(a.role().label()))
                    .append("</td><td>")
                    .append(esc(time(a.createdAt())))
                    .append("</td><td>");
            if (!a.active()) {
                m.append("gesperrt");
            } else if (a.name().equals(s.account().name())) {
                m.append("aktiv (Sie)");
            } else {
                m.append("<form class=\"inline\" method=\"post\" action=\"")
                        .append(BASE)
                        .append("/konten/")
                        .append(esc(a.name()))
                        .append("/sperren\">")
                        .append(Html.csrfField(s))
                        .append("<button type=\"submit\">Sperren</button></form>");
            }
            m.append("</td></tr>\n");
        }
        m.append("</tbody></table>\n<h2>Neues Konto</h2>\n<form method=\"post\" action=\"")
                .append(BASE)
                .append("/konten\">")
                .append(Html.csrfField(s))
                .append("<p><label for=\"konto\">Kontoname</label> <input id=\"konto\" name=\"name\" required"
                        + " pattern=\"[A-Za-z0-9][A-Za-z0-9._\\-]{1,39}\"></p>\n<p><label for=\"rolle\">Rolle</label> "
                        + "<select id=\"rolle\" name=\"rolle\">");
        for (Role r : Role.values()) {
            m.append("<option value=\"")
                    .append(r.key())
                    .append("\">")
                    .append(esc(r.label()))
                    .append("</option>");
        }
        m.append("</select></p>\n<p><button type=\"submit\">Anlegen (Passwort wird erzeugt)</button></p></form>");
        send(ctx, 200, Html.page("Konten", s, m.toString()));
    }

    private void addAccount(Context ctx) {
        Accounts.Session s = admin(ctx);
        if (s == null) {
            return;
        }
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        Optional<Role> role = Role.parse(ctx.formParam("rolle"));
        if (role.isEmpty()) {
            accountsPage(ctx, "Unbekannte Rolle.");
            return;
        }
        String password = de.ozd.newsroom.store.Passwords.generate();
        try {
            store.accounts().create(name, role.get(), password);
        } catch (StoreException e) {
            accountsPage(ctx, e.getMessage());
            return;
        }
        store.accounts()
                .audit(s.account().name(), "account_add", name, role.get().label());
        accountsPage(
                ctx,
                "Konto „" + name + "“ (" + role.get().label() + ") angelegt. Passwort (wird nur jetzt gezeigt): "
                        + password);
    }

    private void disableAccount(Context ctx) {
        Accounts.Session s = admin(ctx);
        if (s == null) {
            return;
        }
        String name = ctx.pathParam("name");
        if (name.equals(s.account().name())) {
            accountsPage(ctx, "Sie können Ihr eigenes Konto nicht sperren.");
            return;
        }
        if (store.accounts().disable(name)) {
            store.accounts().audit(s.account().name(), "account_disable", name, null);
            accountsPage(ctx, "Konto „" + name + "“ gesperrt; seine Sitzungen sind beendet.");
        } else {
            accountsPage(ctx, "Kein aktives Konto „" + name + "“.");
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private void staticFile(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = STATIC_FILES.get(file);
        if (type == null) {
            errorPage(ctx, 404, "Nicht gefunden", "Diese Datei gibt es nicht.");
            return;
        }
        try (InputStream in = DeskPages.class.getResourceAsStream(file)) {
            ctx.header("Cache-Control", "no-cache");
            ctx.attribute(ApiServer.ERROR_MARK, "desk");
            ctx.contentType(type).result(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    interface Page_ {
        void run() throws Exception;
    }

    void run(Context ctx, Page_ page) {
        try {
            page.run();
        } catch (Exception e) {
            internalErrors.accept(ctx.method() + " " + ctx.path() + " → 500", e);
            errorPage(
                    ctx,
                    500,
                    "Interner Fehler",
                    "Das hat nicht geklappt; nichts Halbes wurde gespeichert. Bitte"
                            + " versuchen Sie es noch einmal oder melden Sie den Fehler.");
        }
    }

    void errorPage(Context ctx, int status, String title, String message) {
        send(ctx, status, Html.page(title, session(ctx), "<p class=\"error\">" + esc(message) + "</p>"));
    }

    static void send(Context ctx, int status, String html) {
        ctx.attribute(ApiServer.ERROR_MARK, "desk");
        ctx.status(status).contentType(HTML).result(html);
    }

    static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String stateLabel(State s) {
        String g = s.german();
        return Character.toUpperCase(g.charAt(0)) + g.substring(1);
    }

    /** A store timestamp as {@code 2026-12-04 14:03 UTC}. */
    static String time(Instant at) {
        return time(at == null ? null : at.toString());
    }

    /** Store time (ISO, UTC) as {@code 2026-12-04 14:03 UTC}. */
    static String time(String iso) {
        if (iso == null || iso.length() < 16) {
            return Objects.requireNonNullElse(iso, "");
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
