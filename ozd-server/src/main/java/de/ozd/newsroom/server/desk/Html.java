package de.ozd.newsroom.server.desk;

import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.Role;

/** HTML of the desk built in Java: every value goes through {@link #esc}; the layout around each page. */
final class Html {
    private Html() {}

    /** Text or attribute value, escaped for HTML ({@link de.ozd.newsroom.core.text.HtmlText}, the one escaping). */
    static String esc(String s) {
        return de.ozd.newsroom.core.text.HtmlText.escape(s);
    }

    /** A hidden CSRF field for a form. */
    static String csrfField(Accounts.Session s) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(s.csrf()) + "\">";
    }

    /**
     * The start of a POST form on a package: the session's CSRF token and the revision it was shown at ({@code
     * basis}, so a change made meanwhile is a conflict). {@code attributes} start with a space, or are empty.
     */
    static void packageForm(StringBuilder m, String attributes, String action, Accounts.Session s, int revision) {
        m.append("<form")
                .append(attributes)
                .append(" method=\"post\" action=\"")
                .append(action)
                .append("\">")
                .append(csrfField(s))
                .append("<input type=\"hidden\" name=\"basis\" value=\"")
                .append(revision)
                .append("\">");
    }

    /** A whole page: head, navigation for the logged-in account (or none), the main content. */
    static String page(String title, Accounts.Session session, String main) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(title))
                .append(" – OZD-Redaktion</title>\n");
        if (session != null) {
            sb.append("<meta name=\"ozd-csrf\" content=\"")
                    .append(esc(session.csrf()))
                    .append("\">\n");
        }
        sb.append("<link rel=\"stylesheet\" href=\"")
                .append(DeskPages.STATIC)
                .append("desk.css\">\n")
                .append("<script src=\"")
                .append(DeskPages.STATIC)
                .append("desk.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt</a>\n<header class=\"top\">\n")
                .append("<p class=\"brand\">OZD-Redaktion</p>\n");
        if (session != null) {
            Accounts.Account a = session.account();
            sb.append("<nav aria-label=\"Redaktion\"><ul>")
                    .append("<li><a href=\"/redaktion/pakete\">Pakete</a></li>")
                    .append("<li><a href=\"/redaktion/neu\">Neu aus Meldung</a></li>");
            if (a.role().atLeast(Role.ADMIN)) {
                sb.append("<li><a href=\"/redaktion/konten\">Konten</a></li>")
                        .append("<li><a href=\"/redaktion/protokoll\">Protokoll</a></li>");
            }
            sb.append("<li><a href=\"/\">Leserseite</a></li></ul></nav>\n")
                    .append("<form class=\"logout\" method=\"post\" action=\"/redaktion/logout\">")
                    .append(csrfField(session))
                    .append("<span>")
                    .append(esc(a.name()))
                    .append(" (")
                    .append(esc(a.role().label()))
                    .append(")</span> <button type=\"submit\">Abmelden</button></form>\n");
        }
        sb.append("</header>\n<main id=\"inhalt\">\n<h1>")
                .append(esc(title))
                .append("</h1>\n")
                .append(main)
                .append("\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }
}
