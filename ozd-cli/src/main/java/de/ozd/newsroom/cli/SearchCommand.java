package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreJson;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ozd search QUERY}: ranked hits with slug, headline and snippet. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Durchsucht den Speicher (deutsche Stammformen, Umlaute, Komposita in der eingebetteten Installation).",
            "Anfrage: Wörter (alle müssen passen), \"eine Phrase\", Präfix*, -ausgeschlossen."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:mindestens ein Treffer", "1:kein Treffer", "2:Speicher unbrauchbar oder Aufruf falsch"})
final class SearchCommand extends StoreCommand {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Die Anfrage (mehrere Wörter: alle müssen passen).")
    List<String> words = List.of();

    @Option(names = "--json", description = "Das Ergebnis als JSON ausgeben (total, totalRelation, hits, facets).")
    boolean json;

    @Option(
            names = "--state",
            paramLabel = "STATE",
            description = "Nur dieser Status (draft, in_review, published, …).")
    String state;

    @Option(names = "--tag", paramLabel = "TAG", description = "Nur mit diesem Schlagwort.")
    String tag;

    @Option(names = "--person", paramLabel = "NAME", description = "Nur über diese Person.")
    String person;

    @Option(names = "--place", paramLabel = "NAME", description = "Nur über diesen Ort.")
    String place;

    @Option(names = "--organisation", paramLabel = "NAME", description = "Nur über diese Organisation.")
    String organisation;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Datiert am oder nach.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Datiert am oder vor.")
    String to;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "N",
            description = "Anzahl der Treffer (Vorgabe: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Override
    int run(Store store) throws Exception {
        if (limit < 1 || limit > 1000) {
            throw new UserException("--limit muss zwischen 1 und 1000 liegen.");
        }
        for (String d : new String[] {from, to}) {
            if (d != null && !d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new UserException("„" + d + "“ ist kein Datum der Form JJJJ-MM-TT.");
            }
        }
        if (state != null && de.ozd.newsroom.store.State.byKey(state).isEmpty()) {
            throw new UserException(
                    "Unbekannter Status „" + state + "“; erlaubt: " + de.ozd.newsroom.store.State.keys() + ".");
        }
        SearchQuery q = SearchQuery.of(String.join(" ", words))
                .withState(state)
                .withTag(tag)
                .withPerson(person)
                .withPlace(place)
                .withOrganisation(organisation)
                .withDates(from, to)
                .withPage(limit, 0);
        SearchResult r = store.search(q);
        if (json) {
            out().println(StoreJson.searchResult(r).toPrettyString());
        } else {
            int i = 1;
            for (SearchHit h : r.hits()) {
                out().printf(
                                "%d. %s — %s (%s, %s)%n   %s%n",
                                i++,
                                h.slug(),
                                h.headline(),
                                h.state().key(),
                                h.date() == null ? "ohne Datum" : h.date(),
                                plain(h.snippet()));
            }
            err().println(summary(r));
        }
        out().flush();
        return r.total() > 0 ? OzdCli.OK : OzdCli.FINDINGS;
    }

    /** „12 Treffer, die ersten 10 gezeigt.“; beyond the PostgreSQL setup's search cap „mindestens 500 Treffer …“. */
    static String summary(SearchResult r) {
        if (r.total() == 0) {
            return "Keine Treffer.";
        }
        String shown = r.total() > r.hits().size() ? ", die ersten " + r.hits().size() + " gezeigt" : "";
        if (r.totalRelation() == SearchResult.TotalRelation.GTE) {
            return "Mindestens " + r.total() + " Treffer" + shown + " (ausgewertet: die " + r.total()
                    + " neuesten; eine genauere Suche findet gezielter).";
        }
        return r.total() + " Treffer" + shown + ".";
    }

    /** The snippet for a terminal: matches in »…«, entities decoded. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "»")
                .replace("</mark>", "«")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
