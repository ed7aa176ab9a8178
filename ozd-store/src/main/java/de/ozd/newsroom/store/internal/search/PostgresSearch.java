package de.ozd.newsroom.store.internal.search;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.internal.PackageText;
import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.internal.db.Database;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.postgresql.PGStatement;

/**
 * The server setup's search: PostgreSQL's German text search configuration over the table {@code package_search}
 * (vector: headline weight A, tags B, body C), kept in the same transaction as every save. Stemming and umlaut
 * folding come from the German Snowball stemmer; PostgreSQL has no compound splitting without an installed Ispell
 * dictionary, so {@code Brücke} does not find {@code Mainbrücke} here (it does embedded).
 *
 * <p>A search considers at most {@code cap} matching packages (more when a page reaches deeper): the newest by last
 * change. Up to {@code cap} matches, the total, the facets and the ranking are exact; beyond, the total is a lower
 * bound ({@link SearchResult.TotalRelation#GTE}) and facets and ranking ({@code ts_rank}) are over the {@code cap}
 * newest matches. One GIN index over (vector, recency bucket, filter terms) finds them: the search reads the matches
 * among the newest {@code 8 × cap} changes, and when those are too few, the next older changes in a window sized by
 * the matches seen so far, until it has more than {@code cap} or has read everything. Each candidate is read once,
 * and ranked in the same pass. Ranking every match of a broad query read every match's vector and made this search
 * an order of magnitude slower than the embedded one (see docs/benchmarks.md).
 */
public final class PostgresSearch implements SearchIndex {
    /** Changes per recency bucket ({@code package_search.recency = {last_change / 1024}}). */
    public static final int RECENCY_BUCKET = 1024;

    private static final int FIRST_WINDOW = 8;
    /** SQLSTATE insufficient_privilege. */
    private static final String NOT_OWNER = "42501";

    private final Database db;
    private final int cap;
    private final Analyzer analyzer = new GermanNewsAnalyzer(false);

    public PostgresSearch(Database db, int cap) {
        this.db = db;
        this.cap = cap;
    }

    /** A tsquery expression in SQL with its parameters; never user text in the SQL itself. */
    record TsQuery(String sql, List<String> args) {}

    static TsQuery tsQuery(String text) {
        StringBuilder sql = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (QuerySyntax.Clause c : QuerySyntax.parse(text)) {
            String part = switch (c.kind()) {
                case WORD -> "plainto_tsquery('german', ?)";
                case PHRASE -> "phraseto_tsquery('german', ?)";
                // Only letters and digits reach here (QuerySyntax), so the :* suffix cannot change the query's shape.
                case PREFIX -> "to_tsquery('simple', ? || ':*')";
            };
            args.add(
                    c.kind() == QuerySyntax.Kind.PREFIX
                            ? foldUmlauts(c.joined().toLowerCase(Locale.ROOT))
                            : c.joined());
            if (sql.length() > 0) {
                sql.append(" && ");
            }
            sql.append(c.excluded() ? "!!" : "").append(part);
        }
        return new TsQuery(sql.toString(), args);
    }

    /** The German stemmer stores ä, ö, ü as a, o, u; prefix queries must ask in the same form. */
    private static String foldUmlauts(String s) {
        return s.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u').replace("ß", "ss");
    }

    /**
     * What a search matches and how it scores, on {@code package_search s}: SQL with {@code ?} and the values
     * (String or String[]) of the score expression and of the conditions.
     */
    private record Match(String score, List<?> scoreArgs, String where, List<?> whereArgs) {}

    /** A matching package as the candidate query reads it. */
    private record Candidate(long id, long lastChange, String state, String[] facetTerms, double score) {}

    @Override
    public SearchResult search(SearchQuery q) {
        TsQuery ts = tsQuery(q.text());
        Match match = match(q, ts);
        int considered = Math.max(cap, q.offset() + q.limit());
        Snippets snippets = Snippets.forQuery(analyzer, q.text());
        return db.snapshot(c -> {
            List<Candidate> found = candidates(c, match, considered);
            boolean capped = found.size() > considered;
            List<Candidate> used = capped ? found.subList(0, considered) : found;
            return new SearchResult(
                    used.size(),
                    capped ? SearchResult.TotalRelation.GTE : SearchResult.TotalRelation.EQ,
                    page(c, used, q.offset(), q.limit(), snippets::of),
                    facets(used));
        });
    }

    private static Match match(SearchQuery q, TsQuery ts) {
        List<String> sql = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!ts.args().isEmpty()) {
            sql.add("s.vector @@ (" + ts.sql() + ")");
            args.addAll(ts.args());
        }
        List<String> terms = new ArrayList<>();
        q.state().filter(s -> !s.equals(SearchQuery.PUBLIC)).ifPresent(s -> terms.add("state:" + s));
        if (q.state().filter(SearchQuery.PUBLIC::equals).isPresent()) {
            sql.add("s.filter_terms && ?");
            args.add(new String[] {"state:published", "state:corrected"});
        }
        q.tag().ifPresent(s -> terms.add("tag:" + Store.fold(s)));
        q.person().ifPresent(s -> terms.add("person:" + Store.fold(s)));
        q.place().ifPresent(s -> terms.add("place:" + Store.fold(s)));
        q.organisation().ifPresent(s -> terms.add("organisation:" + Store.fold(s)));
        if (!terms.isEmpty()) {
            sql.add("s.filter_terms @> ?");
            args.add(terms.toArray(String[]::new));
        }
        q.dateFrom().ifPresent(d -> {
            sql.add("s.pub_date >= ?");
            args.add(d);
        });
        q.dateTo().ifPresent(d -> {
            sql.add("s.pub_date <= ?");
            args.add(d);
        });
        String where = sql.isEmpty() ? "true" : String.join(" AND ", sql);
        return ts.args().isEmpty()
                ? new Match("0", List.of(), where, args)
                : new Match("ts_rank(s.vector, (" + ts.sql() + "))", ts.args(), where, args);
    }

    /**
     * The newest matches, scored, newest first: at most {@code considered + 1} (one more tells that there are
     * more). Read window by window of recency buckets, from the newest changes back, each window disjoint from the
     * ones before: the first spans {@code 8 × considered} changes, each next one what the density of matches so far
     * says should hold the rest, with a quarter more (and at least a quarter of what was read, so that a search
     * takes few steps however the matches are spread).
     */
    private static List<Candidate> candidates(Connection c, Match match, int considered) throws SQLException {
        int upper = (int) (newestChange(c) / RECENCY_BUCKET);
        List<Candidate> found = new ArrayList<>();
        long read = 0;
        long span = (long) FIRST_WINDOW * considered;
        while (true) {
            long windowBuckets = Math.max(1, (span + RECENCY_BUCKET - 1) / RECENCY_BUCKET);
            int lower = (int) Math.max(0, upper - windowBuckets + 1);
            boolean everything = read == 0 && lower == 0;
            found.addAll(window(c, match, everything ? null : buckets(lower, upper), considered + 1 - found.size()));
            read += (long) (upper - lower + 1) * RECENCY_BUCKET;
            if (lower == 0 || found.size() > considered) {
                return found;
            }
            upper = lower - 1;
            long wanted = considered + 1L - found.size();
            long estimate = found.isEmpty() ? read * 8 : (long) Math.ceil(read * 1.25 * wanted / found.size());
            span = Math.max(estimate, read / 4);
        }
    }

    /** The matches in {@code buckets} (all when null), newest first, at most {@code limit}. */
    private static List<Candidate> window(Connection c, Match match, Integer[] buckets, int limit) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.package_id, s.last_change, s.state, s.facet_terms, "
                + match.score() + " FROM package_search s WHERE " + match.where()
                + (buckets == null ? "" : " AND s.recency && ?") + " ORDER BY s.last_change DESC LIMIT ?")) {
            // Planned for this query every time, never as a server-side prepared statement: a generic plan is blind to
            // how common the words are (index or not), and it evaluates plainto_tsquery(…) per row, inside ts_rank.
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            int i = bind(c, ps, match.scoreArgs(), 0);
            i = bind(c, ps, match.whereArgs(), i);
            if (buckets != null) {
                ps.setArray(++i, c.createArrayOf("integer", buckets));
            }
            ps.setInt(++i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            (String[]) rs.getArray(4).getArray(),
                            rs.getDouble(5)));
                }
            }
        }
        return out;
    }

    private static long newestChange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(last_change), 0) FROM packages");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Integer[] buckets(int lower, int upper) {
        Integer[] out = new Integer[upper - lower + 1];
        for (int b = lower; b <= upper; b++) {
            out[b - lower] = b;
        }
        return out;
    }

    /** Facet counts over the candidates; a term's shown value is its smallest spelling among them. */
    private static Map<String, Map<String, Long>> facets(List<Candidate> used) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        Map<String, Long> byKey = new HashMap<>();
        for (Candidate cand : used) {
            counts.computeIfAbsent("state", k -> new HashMap<>()).merge(cand.state(), 1L, Long::sum);
            for (String term : cand.facetTerms()) {
                String key = keyOf.computeIfAbsent(term, PostgresSearch::foldedTerm);
                byKey.merge(key, 1L, Long::sum);
                shown.merge(key, term, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        byKey.forEach((key, n) -> {
            String term = shown.get(key);
            int colon = term.indexOf(':');
            counts.computeIfAbsent(term.substring(0, colon), k -> new HashMap<>())
                    .put(term.substring(colon + 1), n);
        });
        return Facets.top(counts);
    }

    /** {@code kind:Value} → {@code kind:value}: terms that differ only in case count as one. */
    private static String foldedTerm(String term) {
        int colon = term.indexOf(':');
        return term.substring(0, colon + 1) + Store.fold(term.substring(colon + 1));
    }

    /** Hits {@code offset … offset + limit} of the candidates by score, newest first on ties. */
    private static List<SearchHit> page(
            Connection c, List<Candidate> used, int offset, int limit, Function<String, String> snippet)
            throws SQLException {
        List<Candidate> ranked = used.stream()
                .sorted(Comparator.comparingDouble(Candidate::score)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingLong(Candidate::lastChange).reversed()))
                .toList();
        List<Candidate> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> byId = new HashMap<>();
        // headline, date and snippet of what the search row was written from: a public package's live revision
        // (its pending edits are for the desk, not for readers' search results)
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.slug, s.pub_date, r.body_json"
                + " FROM packages p JOIN package_search s ON s.package_id = p.id JOIN revisions r ON r.package_id = p.id"
                + " AND r.rev = CASE WHEN p.state IN ('published', 'corrected') AND p.live_rev IS NOT NULL"
                + " THEN p.live_rev ELSE p.current_rev END WHERE p.id = ANY(?)")) {
            ps.setArray(
                    1,
                    c.createArrayOf("bigint", page.stream().map(Candidate::id).toArray(Long[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var pkg = PackageJson.read(rs.getString(4));
                    String body = PackageText.body(pkg);
                    byId.put(
                            rs.getLong(1),
                            new SearchHit(
                                    rs.getString(2),
                                    pkg.headline().map(String::strip).orElse(rs.getString(2)),
                                    null,
                                    Times.dateOrNull(rs.getString(3)),
                                    0,
                                    snippet.apply(body)));
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate cand : page) {
            SearchHit h = byId.get(cand.id());
            hits.add(new SearchHit(
                    h.slug(),
                    h.headline(),
                    State.byKey(cand.state()).orElseThrow(),
                    h.date(),
                    cand.score(),
                    h.snippet()));
        }
        return hits;
    }

    private static int bind(Connection c, PreparedStatement ps, List<?> args, int from) throws SQLException {
        int i = from;
        for (Object a : args) {
            if (a instanceof String[] arr) {
                ps.setArray(++i, c.createArrayOf("text", arr));
            } else {
                ps.setString(++i, (String) a);
            }
        }
        return i;
    }

    @Override
    public List<SearchHit> related(String slug, int limit) {
        // "More like this": the package's 20 most frequent lexemes (weighted by position count) as an OR query,
        // ranked like a search: among the cap newest packages sharing any of them.
        String like = "(SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) FROM (SELECT u.lexeme"
                + " FROM package_search src JOIN packages sp ON sp.id = src.package_id, unnest(src.vector) u"
                + " WHERE sp.slug = ? AND length(u.lexeme) > 3 ORDER BY coalesce(array_length(u.positions, 1), 1) DESC,"
                + " u.lexeme LIMIT 20) w)";
        Match match = new Match(
                "ts_rank(s.vector, " + like + ")",
                List.of(slug),
                "s.vector @@ " + like + " AND s.package_id <> (SELECT id FROM packages WHERE slug = ?)",
                List.of(slug, slug));
        return db.snapshot(c -> {
            List<Candidate> found = candidates(c, match, cap);
            return page(c, found.size() > cap ? found.subList(0, cap) : found, 0, limit, Snippets::start);
        });
    }

    /**
     * Merges the GIN index's pending list (rows written since the last merge, which every search scans in full)
     * into the index, as autovacuum would later: after a bulk import, up to 4 MB of it cost searches a few ms each.
     * Only the index's owner may; for anyone else this is left to autovacuum.
     */
    @Override
    public void settle() {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT gin_clean_pending_list('package_search_match')");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            } catch (SQLException e) {
                if (NOT_OWNER.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void close() {
        // The connection pool belongs to the store.
    }
}
