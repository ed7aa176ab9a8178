package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.Tokens;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What every request passes before its route: a UTF-8 address and, under the API, a valid token or a desk session
 * (with its CSRF token on state-changing requests). Never neither: anonymous requests change nothing.
 */
final class RequestGuards {
    /** The token's (or session account's) name on an authenticated request. */
    static final String TOKEN = "ozd.token";
    /** The token's (or session account's) role on an authenticated request. */
    static final String ROLE = "ozd.role";
    /** Set when the request authenticated with a desk session rather than a token. */
    static final String SESSION = "ozd.api.session";

    private final Store store;
    private final ServerSettings settings;
    private final List<SessionLogin> logins;

    RequestGuards(Store store, ServerSettings settings) {
        this(store, settings, List.of());
    }

    RequestGuards(Store store, ServerSettings settings, List<SessionLogin> logins) {
        this.store = store;
        this.settings = settings;
        this.logins = List.copyOf(logins);
    }

    void authenticate(Context ctx) {
        if (!settings.authRequired() && !changes(ctx)
                || ctx.path().equals(ApiServer.BASE + "/health")
                || ctx.path().equals(ApiServer.BASE + "/openapi.json")
                || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null && session(ctx)) {
            return;
        }
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        Optional<Tokens.Identity> name = store.tokens().identify(token);
        if (name.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(
                    401,
                    "unauthorized",
                    header == null
                            ? "Für die API ist ein Token nötig: Authorization: Bearer ozd_… (anlegen mit „ozd token create NAME“)"
                                    + (logins.isEmpty() ? "." : ", oder eine Anmeldung in der Redaktion.")
                            : "Das API-Token ist ungültig oder widerrufen.");
        }
        ctx.attribute(TOKEN, name.get().name());
        ctx.attribute(ROLE, name.get().role());
    }

    /**
     * Authenticates by a desk session cookie, if one is valid: the account's name and role stand for the request.
     * A state-changing request without the session's CSRF token in {@code X-CSRF-Token} is refused (403).
     */
    private boolean session(Context ctx) {
        for (SessionLogin login : logins) {
            Optional<Accounts.Session> s = login.loginOf(ctx);
            if (s.isEmpty()) {
                continue;
            }
            if (changes(ctx) && !login.carriesCsrf(ctx, s.get())) {
                throw new ApiException(
                        403,
                        "csrf_failed",
                        "Die Anfrage mit Sitzungs-Cookie trägt kein gültiges CSRF-Token (Kopfzeile X-CSRF-Token) und "
                                + "wurde abgelehnt; nichts wurde geändert.");
            }
            ctx.attribute(TOKEN, s.get().account().name());
            ctx.attribute(ROLE, s.get().account().role());
            ctx.attribute(SESSION, Boolean.TRUE);
            return true;
        }
        return false;
    }

    /**
     * Refuses (403) a request whose token's role does not include {@code needed}; without token checking (the demo)
     * everything is allowed.
     */
    static void require(Context ctx, Role needed, String what) {
        Role role = ctx.attribute(ROLE);
        if (role == null || role.includes(needed)) {
            return;
        }
        if (ctx.attribute(SESSION) != null) {
            throw new ApiException(
                    403,
                    "forbidden",
                    "Das Konto „" + ctx.attribute(TOKEN) + "“ hat die Rolle „" + role.label() + "“; " + what
                            + " darf erst die Rolle „" + needed.label() + "“.");
        }
        throw new ApiException(
                403,
                "forbidden",
                "Das Token „" + ctx.attribute(TOKEN) + "“ hat die Rolle „" + role.key() + "“; " + what
                        + " darf erst die "
                        + "Rolle „" + needed.key() + "“ (Token anlegen mit „ozd token create NAME --role "
                        + needed.key()
                        + "“).");
    }

    /**
     * Whether the request may change stored data: anything but GET, HEAD, OPTIONS and the side-effect-free POST
     * /check and /draft. Without required tokens (the demo) these still need one: anonymous requests change nothing.
     */
    private static boolean changes(Context ctx) {
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
            return false;
        }
        return !(m == HandlerType.POST
                && (ctx.path().equals(ApiServer.BASE + "/check") || ctx.path().equals(ApiServer.BASE + "/draft")));
    }

    /** Refuses request lines whose percent-escapes are not UTF-8 (Jetty would turn them into U+FFFD silently). */
    static void checkUtf8Url(Context ctx) {
        String raw = ctx.req().getRequestURI() + (ctx.queryString() != null ? "?" + ctx.queryString() : "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
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
}
