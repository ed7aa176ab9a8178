package de.ozd.newsroom.server;

import de.ozd.newsroom.store.Accounts;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * A login the API accepts besides tokens: the desk's session cookie ({@link de.ozd.newsroom.server.desk.DeskPages}
 * implements it with its own session and CSRF code). A state-changing API request on a session must carry the
 * session's CSRF token in the header {@code X-CSRF-Token}, as the desk's {@code fetch} calls do.
 */
public interface SessionLogin {
    /** The session the request's cookie names, if it is valid (account active, not timed out). */
    Optional<Accounts.Session> loginOf(Context ctx);

    /** Whether the request carries {@code session}'s CSRF token in the header {@code X-CSRF-Token}. */
    boolean carriesCsrf(Context ctx, Accounts.Session session);
}
