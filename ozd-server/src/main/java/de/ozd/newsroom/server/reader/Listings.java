package de.ozd.newsroom.server.reader;

import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies of the reader site's own pages – search results, topic pages, „Mehr zum Thema“ – as HTML built here,
 * every text escaped ({@link Html}), store snippets kept to their {@code <mark>} tags.
 */
public final class Listings {
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMANY);

    private Listings() {}

    /** A teaser for a list: link, date and a text (escaped HTML: a snippet or an escaped lead). */
    public record Item(String href, String headline, String date, String textHtml) {}

    /** A link with a label and an optional count. */
    public record Link(String href, String label, long count, boolean current) {}

    /** The date filters of the search page. */
    public enum Period {
        WOCHE("woche", "Letzte 7 Tage", 7),
        MONAT("monat", "Letzte 30 Tage", 30),
        JAHR("jahr", "Letzte 12 Monate", 365);

        public final String key;
        public final String label;
        public final int days;

        Period(String key, String label, int days) {
            this.key = key;
            this.label = label;
            this.days = days;
        }

        public static Period byKey(String key) {
            for (Period p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** „4. Dezember 2026“ for a {@code YYYY-MM-DD} date (else the text as it is). */
    public static String germanDate(String isoDate) {
        if (isoDate == null || isoDate.length() < 10) {
            return isoDate == null ? "" : isoDate;
        }
        try {
            return GERMAN.format(LocalDate.parse(isoDate.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    public static String items(String listClass, List<Item> items) {
        StringBuilder b = new StringBuilder();
        b.append("<ol class=\"hits ").append(listClass).append("\">\n");
        for (Item i : items) {
            b.append("<li class=\"hit\">\n<h2><a href=\"")
                    .append(Html.text(i.href()))
                    .append("\">")
                    .append(Html.text(i.headline()))
                    .append("</a></h2>\n");
            if (i.date() != null && !i.date().isBlank()) {
                b.append("<p class=\"meta\"><time datetime=\"")
                        .append(Html.text(i.date().length() >= 10 ? i.date().substring(0, 10) : i.date()))
                        .append("\">")
                        .append(Html.text(germanDate(i.date())))
                        .append("</time></p>\n");
            }
            if (i.textHtml() != null && !i.textHtml().isBlank()) {
                b.append("<p>").append(i.textHtml()).append("</p>\n");
            }
            b.append("</li>\n");
        }
        return b.append("</ol>\n").toString();
    }

    /** A hit as a teaser: its snippet, made safe. */
    public static Item item(SearchHit h, String href) {
        return new Item(href, h.headline(), java.util.Objects.toString(h.date(), null), Html.snippet(h.snippet()));
    }

    public static String searchForm(String action, String q) {
        return "<form class=\"search-form\" role=\"search\" action=\"" + Html.text(action) + "\" method=\"get\">\n"
                + "<label class=\"visually-hidden\" for=\"suche-q\">Suchbegriff</label>\n"
                + "<input type=\"search\" id=\"suche-q\" name=\"q\" maxlength=\"200\" value=\"" + Html.text(q)
                + "\">\n<button type=\"submit\">Suchen</button>\n</form>\n";
    }

    public static String facets(String heading, String id, List<Link> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("<section aria-labelledby=\"")
                .append(id)
                .append("\">\n<h2 id=\"")
                .append(id)
                .append("\">");
        b.append(Html.text(heading)).append("</h2>\n<ul>\n");
        for (Link l : links) {
            b.append("<li>");
            if (l.current()) {
                b.append("<strong aria-current=\"true\">")
                        .append(Html.text(l.label()))
                        .append("</strong>");
            } else {
                b.append("<a href=\"").append(Html.text(l.href())).append("\">").append(Html.text(l.label()));
                b.append("</a>");
            }
            if (l.count() >= 0) {
                b.append(" (").append(l.count()).append(')');
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n</section>\n").toString();
    }

    /** The search page's body. */
    public static String searchBody(
            String q,
            SearchResult result,
            List<Item> items,
            List<Link> topicFacet,
            List<Link> dateFacet,
            String previous,
            String next,
            int firstShown,
            String problem,
            List<Link> suggestions) {
        StringBuilder b = new StringBuilder();
        b.append("<h1 class=\"index-title\">Suche</h1>\n");
        b.append(searchForm("/suche", q));
        if (problem != null) {
            b.append("<p class=\"search-summary\">").append(Html.text(problem)).append("</p>\n");
        } else if (result != null && result.total() == 0) {
            b.append("<p class=\"search-summary\" role=\"status\">Keine Treffer für „")
                    .append(Html.text(q))
                    .append("“.</p>\n");
        } else if (result != null) {
            String count = result.totalRelation() == SearchResult.TotalRelation.GTE
                    ? "mehr als " + result.total()
                    : Long.toString(result.total());
            b.append("<p class=\"search-summary\" role=\"status\">")
                    .append(count)
                    .append(result.total() == 1 ? " Treffer" : " Treffer")
                    .append(" für „")
                    .append(Html.text(q))
                    .append("“")
                    .append(items.isEmpty() ? "" : ", " + firstShown + "–" + (firstShown + items.size() - 1))
                    .append(".</p>\n");
        }
        if (!suggestions.isEmpty()) {
            b.append("<div class=\"topic-links\">\n<p>Vorschläge: Prüfen Sie die Schreibweise, nehmen Sie weniger oder"
                    + " allgemeinere Wörter – oder versuchen Sie es hiermit:</p>\n<ul>\n");
            for (Link l : suggestions) {
                b.append("<li><a href=\"")
                        .append(Html.text(l.href()))
                        .append("\">")
                        .append(Html.text(l.label()))
                        .append("</a></li>\n");
            }
            b.append("</ul>\n</div>\n");
        }
        if (!topicFacet.isEmpty() || !dateFacet.isEmpty()) {
            b.append("<nav class=\"facets\" aria-label=\"Treffer eingrenzen\">\n");
            b.append(facets("Themen", "facette-thema", topicFacet));
            b.append(facets("Zeitraum", "facette-zeit", dateFacet));
            b.append("</nav>\n");
        }
        if (!items.isEmpty()) {
            b.append(items("search-hits", items));
        }
        b.append(pager(previous, next));
        return b.toString();
    }

    public static String pager(String previous, String next) {
        if (previous == null && next == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=\"pager\" aria-label=\"Seiten\">\n");
        if (previous != null) {
            b.append("<a rel=\"prev\" href=\"").append(Html.text(previous)).append("\">← Vorige Seite</a>\n");
        }
        if (next != null) {
            b.append("<a rel=\"next\" href=\"").append(Html.text(next)).append("\">Nächste Seite →</a>\n");
        }
        return b.append("</nav>\n").toString();
    }

    /** A topic, person or place page's body. */
    public static String topicBody(String kindLabel, String name, String feedHref, List<Item> items) {
        StringBuilder b = new StringBuilder();
        b.append("<h1 class=\"index-title\">")
                .append(Html.text(kindLabel))
                .append(": ")
                .append(Html.text(name))
                .append("</h1>\n");
        b.append("<p class=\"topic-links\">")
                .append(items.size())
                .append(items.size() == 1 ? " Artikel" : " Artikel")
                .append(" · <a href=\"")
                .append(Html.text(feedHref))
                .append("\">Atom-Feed zu diesem Thema</a></p>\n");
        b.append(items("topic-hits", items));
        return b.toString();
    }

    /** „Mehr zum Thema“ under an article: related articles, then the article's topics, people and places. */
    public static String related(List<Item> relatedItems, Map<String, List<Link>> topics) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"related\" aria-labelledby=\"mehr-zum-thema\">\n");
        b.append("<h2 id=\"mehr-zum-thema\">Mehr zum Thema</h2>\n");
        if (relatedItems.isEmpty()) {
            b.append("<p>Noch keine weiteren Artikel zu diesem Thema.</p>\n");
        } else {
            b.append("<ul>\n");
            for (Item i : relatedItems) {
                b.append("<li><a href=\"")
                        .append(Html.text(i.href()))
                        .append("\">")
                        .append(Html.text(i.headline()))
                        .append("</a>");
                if (i.date() != null && !i.date().isBlank()) {
                    b.append(" <span class=\"meta\">")
                            .append(Html.text(germanDate(i.date())))
                            .append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        for (Map.Entry<String, List<Link>> e : topics.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            b.append("<nav class=\"topic-links\" aria-label=\"")
                    .append(Html.text(e.getKey()))
                    .append("\">\n<p>")
                    .append(Html.text(e.getKey()))
                    .append(":</p>\n<ul>\n");
            for (Link l : e.getValue()) {
                b.append("<li><a href=\"")
                        .append(Html.text(l.href()))
                        .append("\">")
                        .append(Html.text(l.label()))
                        .append("</a></li>\n");
            }
            b.append("</ul>\n</nav>\n");
        }
        return b.append("</section>\n").toString();
    }
}
