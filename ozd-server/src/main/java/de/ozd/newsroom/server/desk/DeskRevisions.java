package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.Html.esc;

import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.TextDiff;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package's revisions in the desk (issue 11, part 6): the list (time, author, kind, state, summary and note), a
 * word-level comparison of any two (the store's {@link TextDiff}) shown line by line with both line numbers,
 * {@code <del>}/{@code <ins>} marks and moved passages named as such, and restoring an old revision as a new one.
 *
 * <p>Pages: {@code GET /redaktion/pakete/{slug}/revisionen}, {@code GET …/vergleich?von=&bis=} and {@code POST
 * …/revisionen/{n}/wiederherstellen} (CSRF through the desk's guard; a Reporter restores only packages not yet
 * published, a Redakteur any; recorded in the audit log). Server-rendered, every value escaped, no script.
 */
final class DeskRevisions {
    /** A word for the counts: letters and digits, a number with its decimal comma or thousands point as one. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.,]\\p{N}+)*");
    /** A removed and an added passage count as a move when, blanks folded, they are equal and this long. */
    private static final int MIN_MOVED_CHARS = 12;

    private final DeskPages pages;
    private final Store store;

    DeskRevisions(DeskPages pages, Store store) {
        this.pages = pages;
        this.store = store;
    }

    void register(Javalin app) {
        String at = DeskPages.BASE + "/pakete/{slug}";
        app.get(at + "/revisionen", ctx -> pages.run(ctx, () -> list(ctx)));
        app.get(at + "/vergleich", ctx -> pages.run(ctx, () -> compare(ctx)));
        app.post(at + "/revisionen/{rev}/wiederherstellen", ctx -> pages.run(ctx, () -> restore(ctx)));
    }

    static String listPath(String slug) {
        return DeskPages.BASE + "/pakete/" + slug + "/revisionen";
    }

    static String comparePath(String slug, int from, int to) {
        return DeskPages.BASE + "/pakete/" + slug + "/vergleich?von=" + from + "&bis=" + to;
    }

    /** Whether {@code role} may restore an old revision of a package in {@code state}. */
    static boolean mayRestore(Role role, State state) {
        if (state == State.RETRACTED) {
            return false;
        }
        return role.atLeast(Role.REDAKTEUR) || state == State.DRAFT || state == State.IN_REVIEW;
    }

    // --- the list --------------------------------------------------------------------------------------------

    private void list(Context ctx) {
        Accounts.Session s = DeskPages.required(ctx);
        if (s == null) {
            return;
        }
        Optional<PackageRecord> rec = pages.record(ctx);
        if (rec.isEmpty()) {
            pages.errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket gibt es nicht.");
            return;
        }
        int restored = DeskPages.parseInt(ctx.queryParam("wiederhergestellt"), 0);
        String notice = restored > 0
                ? "Revision " + restored + " ist als neue Revision " + rec.get().revision() + " wiederhergestellt."
                : null;
        listPage(ctx, s, rec.get(), notice, null, 200);
    }

    private void listPage(Context ctx, Accounts.Session s, PackageRecord rec, String notice, String error, int status) {
        String slug = rec.slug();
        List<RevisionInfo> history = store.revisions(slug);
        boolean restorable = mayRestore(s.account().role(), rec.state());
        StringBuilder m = new StringBuilder();
        meta(m, rec);
        if (notice != null) {
            m.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>\n");
        }
        if (error != null) {
            m.append("<p class=\"error\" role=\"alert\">").append(esc(error)).append("</p>\n");
        }
        m.append("<p>Wählen Sie zwei Revisionen und vergleichen Sie sie Wort für Wort. Wiederherstellen legt den Text"
                        + " der gewählten Revision als neue Revision an; nichts geht verloren.")
                .append(
                        restorable
                                ? ""
                                : rec.state() == State.RETRACTED
                                        ? " Ein zurückgezogener Artikel lässt sich nicht wiederherstellen."
                                        : " Als " + esc(s.account().role().label())
                                                + " können Sie nur Pakete wiederherstellen, die noch nicht"
                                                + " veröffentlicht sind.")
                .append("</p>\n<form class=\"compare\" method=\"get\" action=\"")
                .append(DeskPages.BASE)
                .append("/pakete/")
                .append(esc(slug))
                .append("/vergleich\">\n<table class=\"history\">\n<caption>")
                .append(history.size())
                .append(history.size() == 1 ? " Revision" : " Revisionen")
                .append(", neueste zuerst</caption>\n<thead><tr><th scope=\"col\">Revision</th>"
                        + "<th scope=\"col\">Zeit</th><th scope=\"col\">Autor</th><th scope=\"col\">Art</th>"
                        + "<th scope=\"col\">Status danach</th><th scope=\"col\">Änderung und Notiz</th>"
                        + "<th scope=\"col\">Vergleichen: von</th><th scope=\"col\">bis</th>"
                        + "<th scope=\"col\">Wiederherstellen</th></tr></thead>\n<tbody>\n");
        int current = rec.revision();
        for (int i = history.size() - 1; i >= 0; i--) {
            RevisionInfo r = history.get(i);
            int n = r.revision();
            m.append("<tr id=\"revision-")
                    .append(n)
                    .append("\"><th scope=\"row\">")
                    .append(n)
                    .append(n == current ? " (aktuell)" : "")
                    .append("</th><td>")
                    .append(esc(when(r)))
                    .append("</td><td>")
                    .append(esc(r.author()))
                    .append("</td><td>")
                    .append(esc(kind(r.kind())))
                    .append("</td><td>")
                    .append(esc(DeskPages.stateLabel(r.state())))
                    .append("</td><td>")
                    .append(esc(r.summary()))
                    .append(r.note().map(x -> "<br>Hinweis: " + esc(x)).orElse(""));
            if (n > 1) {
                m.append("<br><a href=\"")
                        .append(esc(comparePath(slug, n - 1, n)))
                        .append("\">Änderungen gegenüber Revision ")
                        .append(n - 1)
                        .append("</a>");
            }
            m.append("</td><td>");
            radio(m, "von", n, n == current - 1 || (current == 1 && n == 1));
            m.append("</td><td>");
            radio(m, "bis", n, n == current);
            m.append("</td><td>");
            if (n != current && restorable) {
                m.append("<button class=\"secondary\" type=\"submit\" form=\"wiederherstellen-")
                        .append(n)
                        .append("\">Diese Revision wiederherstellen</button>");
            } else {
                m.append(n == current ? "aktuelle Fassung" : "–");
            }
            m.append("</td></tr>\n");
        }
        m.append("</tbody></table>\n<p><button type=\"submit\">Vergleichen</button></p>\n</form>\n");
        if (restorable) {
            for (RevisionInfo r : history) {
                if (r.revision() != current) {
                    restoreForm(m, s, rec, r.revision());
                }
            }
        }
        send(ctx, status, "Revisionen: " + rec.headline(), s, m);
    }

    private static void radio(StringBuilder m, String name, int n, boolean checked) {
        m.append("<input type=\"radio\" name=\"")
                .append(name)
                .append("\" value=\"")
                .append(n)
                .append("\" id=\"")
                .append(name)
                .append('-')
                .append(n)
                .append("\" aria-label=\"Revision ")
                .append(n)
                .append(name.equals("von") ? " als ältere Fassung" : " als neuere Fassung")
                .append('"')
                .append(checked ? " checked" : "")
                .append('>');
    }

    /** A form of its own (buttons in the list point at it with {@code form=…}: forms cannot nest). */
    private static void restoreForm(StringBuilder m, Accounts.Session s, PackageRecord rec, int n) {
        m.append("<form id=\"wiederherstellen-")
                .append(n)
                .append("\" class=\"restore\" method=\"post\" action=\"")
                .append(DeskPages.BASE)
                .append("/pakete/")
                .append(esc(rec.slug()))
                .append("/revisionen/")
                .append(n)
                .append("/wiederherstellen\">")
                .append(Html.csrfField(s))
                .append("<input type=\"hidden\" name=\"basis\" value=\"")
                .append(rec.revision())
                .append("\"></form>\n");
    }

    private static void meta(StringBuilder m, PackageRecord rec) {
        m.append("<p class=\"meta\">Paket <a href=\"")
                .append(DeskPages.BASE)
                .append("/pakete/")
                .append(esc(rec.slug()))
                .append("\">")
                .append(esc(rec.headline()))
                .append("</a> · Status: ")
                .append(esc(DeskPages.stateLabel(rec.state())))
                .append(" · aktuell Revision ")
                .append(rec.revision())
                .append("</p>\n");
    }

    // --- the comparison --------------------------------------------------------------------------------------

    private void compare(Context ctx) {
        Accounts.Session s = DeskPages.required(ctx);
        if (s == null) {
            return;
        }
        Optional<PackageRecord> found = pages.record(ctx);
        if (found.isEmpty()) {
            pages.errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket gibt es nicht.");
            return;
        }
        PackageRecord rec = found.get();
        int a = DeskPages.parseInt(ctx.queryParam("von"), Math.max(1, rec.revision() - 1));
        int b = DeskPages.parseInt(ctx.queryParam("bis"), rec.revision());
        if (a < 1 || b < 1 || a > rec.revision() || b > rec.revision()) {
            pages.errorPage(
                    ctx,
                    404,
                    "Nicht gefunden",
                    "Dieses Paket hat die Revisionen 1 bis " + rec.revision() + "; wählen Sie zwei davon.");
            return;
        }
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        List<RevisionInfo> history = store.revisions(rec.slug());
        Optional<RevisionInfo> older = info(history, from);
        Optional<RevisionInfo> newer = info(history, to);
        if (older.isEmpty() || newer.isEmpty()) {
            pages.errorPage(ctx, 404, "Nicht gefunden", "Diese Revision gibt es nicht.");
            return;
        }
        TextDiff diff = store.diff(rec.slug(), from, to);
        StringBuilder m = new StringBuilder();
        meta(m, rec);
        m.append("<p>Revision ")
                .append(from)
                .append(" (")
                .append(esc(when(older.get())))
                .append(", ")
                .append(esc(older.get().author()))
                .append(") → Revision ")
                .append(to)
                .append(" (")
                .append(esc(when(newer.get())))
                .append(", ")
                .append(esc(newer.get().author()))
                .append(")</p>\n");
        pairForm(m, rec, history, from, to);
        if (from == to) {
            m.append("<p class=\"notice\" role=\"status\">Beide Seiten sind dieselbe Revision; wählen Sie zwei"
                    + " verschiedene.</p>\n");
        } else if (diff.isEmpty()) {
            m.append("<p class=\"notice\" role=\"status\">Der Text beider Revisionen ist gleich (geändert haben"
                    + " sich nur Status oder Notizen).</p>\n");
        }
        Rendered r = render(diff);
        if (!diff.isEmpty()) {
            m.append("<p class=\"diff-summary\">")
                    .append(r.places)
                    .append(r.places == 1 ? " Stelle" : " Stellen")
                    .append(" geändert: ")
                    .append(r.wordsGone)
                    .append(r.wordsGone == 1 ? " Wort" : " Wörter")
                    .append(" entfernt, ")
                    .append(r.wordsCame)
                    .append(" hinzugefügt")
                    .append(
                            r.moves > 0
                                    ? ", " + r.moves + (r.moves == 1 ? " Passage" : " Passagen") + " verschoben"
                                    : "")
                    .append(".</p>\n<p class=\"legend\">Legende: <del>entfernt</del> <ins>hinzugefügt</ins>")
                    .append(
                            r.moves > 0
                                    ? " <del class=\"moved\">verschoben (alte Stelle)</del> <ins class=\"moved\">"
                                            + "verschoben (neue Stelle)</ins>"
                                    : "")
                    .append("</p>\n");
        }
        m.append("<table class=\"diff\">\n<caption>Text im Hausformat, Revision ")
                .append(from)
                .append(" → ")
                .append(to)
                .append("</caption>\n<thead><tr><th scope=\"col\">Zeile in ")
                .append(from)
                .append("</th><th scope=\"col\">Zeile in ")
                .append(to)
                .append("</th><th scope=\"col\">Text</th></tr></thead>\n<tbody>\n")
                .append(r.rows)
                .append("</tbody></table>\n");
        if (from != rec.revision() && mayRestore(s.account().role(), rec.state())) {
            restoreForm(m, s, rec, from);
            m.append("<p><button type=\"submit\" form=\"wiederherstellen-")
                    .append(from)
                    .append("\">Revision ")
                    .append(from)
                    .append(" wiederherstellen</button></p>\n");
        }
        m.append("<p><a href=\"").append(esc(listPath(rec.slug()))).append("\">Zur Liste der Revisionen</a></p>\n");
        send(ctx, 200, "Vergleich: " + rec.headline(), s, m);
    }

    /** Two selects to compare another pair without going back to the list. */
    private static void pairForm(StringBuilder m, PackageRecord rec, List<RevisionInfo> history, int from, int to) {
        m.append("<form class=\"filter\" method=\"get\" action=\"")
                .append(DeskPages.BASE)
                .append("/pakete/")
                .append(esc(rec.slug()))
                .append("/vergleich\">");
        for (String side : List.of("von", "bis")) {
            int chosen = side.equals("von") ? from : to;
            m.append("<label for=\"")
                    .append(side)
                    .append("\">")
                    .append(side.equals("von") ? "Von Revision" : "bis Revision")
                    .append("</label> <select id=\"")
                    .append(side)
                    .append("\" name=\"")
                    .append(side)
                    .append("\">");
            for (int i = history.size() - 1; i >= 0; i--) {
                int n = history.get(i).revision();
                m.append("<option value=\"")
                        .append(n)
                        .append('"')
                        .append(n == chosen ? " selected" : "")
                        .append('>')
                        .append(n)
                        .append("</option>");
            }
            m.append("</select> ");
        }
        m.append("<button type=\"submit\">Vergleichen</button></form>\n");
    }

    /** The diff as table rows, with its counts. */
    record Rendered(String rows, int places, int wordsGone, int wordsCame, int moves) {}

    /**
     * One row per line of the merged text: a row ends at every line break of either side. The old line number
     * shows where an old line starts in the row, the new one where a new line starts. Removed text is {@code
     * <del>}, added text {@code <ins>}; a removed passage that comes back elsewhere is marked as moved on both
     * sides, with the line it went to or came from.
     */
    static Rendered render(TextDiff diff) {
        List<TextDiff.Part> parts = diff.parts();
        // First pass: where each part starts (old and new line), and the changes.
        int[] oldStart = new int[parts.size()];
        int[] newStart = new int[parts.size()];
        int oldLine = 1;
        int newLine = 1;
        int places = 0;
        int gone = 0;
        int came = 0;
        boolean inChange = false;
        for (int i = 0; i < parts.size(); i++) {
            TextDiff.Part p = parts.get(i);
            oldStart[i] = oldLine;
            newStart[i] = newLine;
            int breaks = (int) p.text().chars().filter(c -> c == '\n').count();
            if (p.op() != '+') {
                oldLine += breaks;
            }
            if (p.op() != '-') {
                newLine += breaks;
            }
            if (p.op() == ' ') {
                inChange = false;
            } else {
                if (!inChange) {
                    places++;
                }
                inChange = true;
                if (p.op() == '-') {
                    gone += words(p.text());
                } else {
                    came += words(p.text());
                }
            }
        }
        Map<Integer, Integer> moved = moves(parts);
        // Second pass: the rows.
        StringBuilder rows = new StringBuilder();
        Row row = new Row();
        oldLine = 1;
        newLine = 1;
        for (int i = 0; i < parts.size(); i++) {
            TextDiff.Part p = parts.get(i);
            Integer partner = moved.get(i);
            String text = p.text();
            int at = 0;
            while (at < text.length()) {
                int nl = text.indexOf('\n', at);
                String piece = nl < 0 ? text.substring(at) : text.substring(at, nl);
                boolean breaks = nl >= 0;
                if (p.op() != '+' && row.oldNo == 0 && !row.oldOpen) {
                    row.oldNo = oldLine;
                }
                if (p.op() != '-' && row.newNo == 0 && !row.newOpen) {
                    row.newNo = newLine;
                }
                String note = partner == null || at > 0 ? null : moveNote(p.op(), partner, oldStart, newStart);
                row.piece(p.op(), piece, breaks, partner != null, note);
                if (breaks) {
                    if (p.op() != '+') {
                        oldLine++;
                    }
                    if (p.op() != '-') {
                        newLine++;
                    }
                    rows.append(row.html());
                    row = row.next(p.op());
                    at = nl + 1;
                } else {
                    at = text.length();
                }
            }
        }
        if (!row.empty()) {
            rows.append(row.html());
        }
        return new Rendered(rows.toString(), places, gone, came, moved.size() / 2);
    }

    private static String moveNote(char op, int partner, int[] oldStart, int[] newStart) {
        return op == '-'
                ? "verschoben nach Zeile " + newStart[partner] + " der neueren Fassung"
                : "verschoben aus Zeile " + oldStart[partner] + " der älteren Fassung";
    }

    /**
     * Pairs of a removed and an added part with the same text (blanks folded, at least {@link #MIN_MOVED_CHARS}
     * long) that are not one replacement at the same place: index to partner index, both ways.
     */
    private static Map<Integer, Integer> moves(List<TextDiff.Part> parts) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).op() != '-' || out.containsKey(i)) {
                continue;
            }
            String key = fold(parts.get(i).text());
            if (key.length() < MIN_MOVED_CHARS) {
                continue;
            }
            for (int j = 0; j < parts.size(); j++) {
                if (parts.get(j).op() == '+'
                        && !out.containsKey(j)
                        && j != i + 1
                        && fold(parts.get(j).text()).equals(key)) {
                    out.put(i, j);
                    out.put(j, i);
                    break;
                }
            }
        }
        return out;
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** One row of the comparison while it is being built. */
    private static final class Row {
        int oldNo;
        int newNo;
        /** Whether the row continues an old (new) line begun in an earlier row. */
        boolean oldOpen;

        boolean newOpen;
        final StringBuilder html = new StringBuilder();
        boolean changed;

        void piece(char op, String text, boolean lineBreak, boolean moved, String moveNote) {
            if (op == ' ') {
                html.append(esc(text));
                return;
            }
            changed = true;
            String tag = op == '-' ? "del" : "ins";
            boolean onlyBreak = text.isBlank() && lineBreak;
            if (text.isEmpty() && !onlyBreak) {
                return;
            }
            html.append('<').append(tag);
            if (moved) {
                html.append(" class=\"moved\"");
            }
            html.append('>').append(esc(text));
            if (onlyBreak) {
                // Only a line break went or came here: make it visible.
                html.append(
                        "<span class=\"nl\" aria-hidden=\"true\">↵</span><span class=\"sr\">Zeilenumbruch" + "</span>");
            }
            html.append("</").append(tag).append('>');
            if (moveNote != null) {
                html.append(" <span class=\"move-note\">(")
                        .append(esc(moveNote))
                        .append(")</span>");
            }
        }

        /** The row after this one, which ended at a line break of {@code op}'s side(s). */
        Row next(char op) {
            Row r = new Row();
            // The side whose line did not end goes on in the next row.
            r.oldOpen = op == '+' && (oldNo != 0 || oldOpen);
            r.newOpen = op == '-' && (newNo != 0 || newOpen);
            return r;
        }

        boolean empty() {
            return html.isEmpty() && oldNo == 0 && newNo == 0;
        }

        String html() {
            return "<tr" + (changed ? " class=\"changed\"" : "") + "><td class=\"ln\">" + (oldNo == 0 ? "" : oldNo)
                    + "</td><td class=\"ln\">" + (newNo == 0 ? "" : newNo) + "</td><td class=\"tx\">"
                    + (html.isEmpty() ? "&nbsp;" : html) + "</td></tr>\n";
        }
    }

    // --- restoring -------------------------------------------------------------------------------------------

    private void restore(Context ctx) {
        Accounts.Session s = DeskPages.session(ctx);
        Optional<PackageRecord> found = pages.record(ctx);
        int n = DeskPages.parseInt(ctx.pathParam("rev"), -1);
        if (found.isEmpty() || n < 1 || n > found.get().revision()) {
            pages.errorPage(ctx, 404, "Nicht gefunden", "Dieses Paket oder diese Revision gibt es nicht.");
            return;
        }
        PackageRecord rec = found.get();
        Role role = s.account().role();
        if (!mayRestore(role, rec.state())) {
            pages.errorPage(
                    ctx,
                    403,
                    "Nicht erlaubt",
                    rec.state() == State.RETRACTED
                            ? "Ein zurückgezogener Artikel lässt sich nicht wiederherstellen."
                            : "Als " + role.label() + " können Sie nur Pakete wiederherstellen, die noch nicht"
                                    + " veröffentlicht sind; das übrige dürfen Redakteure und Admins.");
            return;
        }
        PackageRecord after;
        try {
            after = store.restore(rec.slug(), n, s.account().name(), DeskPages.parseInt(ctx.formParam("basis"), -1));
        } catch (ConflictException e) {
            PackageRecord now = store.get(rec.slug());
            listPage(
                    ctx,
                    s,
                    now,
                    null,
                    "Nicht wiederhergestellt: das Paket wurde inzwischen geändert (jetzt Revision " + now.revision()
                            + "). Prüfen Sie die Liste und wählen Sie erneut.",
                    409);
            return;
        } catch (StoreException e) {
            listPage(ctx, s, store.get(rec.slug()), null, "Nicht wiederhergestellt: " + e.getMessage(), 409);
            return;
        }
        store.accounts()
                .audit(
                        s.account().name(),
                        "restore",
                        rec.slug(),
                        "Revision " + n + " als Revision " + after.revision());
        ctx.redirect(listPath(rec.slug()) + "?wiederhergestellt=" + n, HttpStatus.SEE_OTHER);
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private static Optional<RevisionInfo> info(List<RevisionInfo> history, int n) {
        return history.stream().filter(r -> r.revision() == n).findFirst();
    }

    private static String when(RevisionInfo r) {
        return DeskPages.time(r.createdAt());
    }

    /** The kind in German. */
    private static String kind(RevisionKind kind) {
        return switch (kind) {
            case CREATE -> "angelegt";
            case SAVE -> "gespeichert";
            case TRANSITION -> "Statuswechsel";
            case UPDATE -> "als Aktualisierung veröffentlicht";
            case RESTORE -> "wiederhergestellt";
            case IMPORT -> "importiert";
            case RENAME -> "umbenannt";
        };
    }

    private static void send(Context ctx, int status, String title, Accounts.Session s, StringBuilder main) {
        DeskPages.send(ctx, status, Html.page(title, s, main.toString()));
    }
}
