package de.ozd.newsroom.store.search;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server setup's search: PostgreSQL's German text search configuration over {@code packages.search_vector}
 * (headline weight A, tags B, body C), kept in the same transaction as every save. Stemming and umlaut folding come
 * from the German Snowball stemmer; PostgreSQL has no compound splitting without an installed Ispell dictionary,
 * so {@code Brücke} does not find {@code Mainbrücke} here (it does in the embedded setup).
 */
public final class PostgresSearch implements SearchIndex {
    private static final String ESCAPED_TEXT = "replace(replace(replace(p.search_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    private final Database db;

    public PostgresSearch(Database db) {
        this.db = db;
    }

    /** A tsquery expression in SQL with its parameters; never user text in the SQL itself. */
    record TsQuery(String sql, List<String> args) {
    }

    static TsQuery tsQuery(String text) {
        StringBuilder sql = new StringBuilder();
        List<String> args = new ArrayList<>();
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(text);
        for (QuerySyntax.Clause c : clauses) {
            String part = switch (c.kind()) {
                case WORD -> "plainto_tsquery('german', ?)";
                case PHRASE -> "phraseto_tsquery('german', ?)";
                // Only letters and digits reach here (QuerySyntax), so the :* suffix cannot change the query's shape.
                case PREFIX -> "to_tsquery('simple', ? || ':*')";
            };
            if (c.kind() == QuerySyntax.Kind.PREFIX) {
                args.add(foldUmlauts(c.joined().toLowerCase(java.util.Locale.ROOT)));
            } else {
                args.add(c.joined());
            }
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

    @Override
    public SearchResult search(SearchQuery q) {
        TsQuery ts = tsQuery(q.text());
        boolean hasText = !ts.args().isEmpty();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<String> args = new ArrayList<>();
        if (hasText) {
            where.append(" AND p.search_vector @@ (").append(ts.sql()).append(")");
            args.addAll(ts.args());
        }
        q.state().ifPresent(s -> {
            where.append(" AND p.state = ?");
            args.add(s);
        });
        term(where, args, "tag", q.tag());
        term(where, args, "person", q.person());
        term(where, args, "place", q.place());
        term(where, args, "organisation", q.organisation());
        q.dateFrom().ifPresent(d -> {
            where.append(" AND p.pub_date >= ?");
            args.add(d);
        });
        q.dateTo().ifPresent(d -> {
            where.append(" AND p.pub_date <= ?");
            args.add(d);
        });
        return db.read(c -> {
            Map<String, Map<String, Long>> facets = facets(c, where.toString(), args);
            long total = facets.get("state").values().stream().mapToLong(Long::longValue).sum();
            List<SearchHit> hits = new ArrayList<>();
            String rank = hasText ? "ts_rank(p.search_vector, (" + ts.sql() + "))" : "0";
            String snippet = hasText ? "ts_headline('german', " + ESCAPED_TEXT + ", (" + ts.sql() + "),"
                    + " 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=\" … \"')"
                    : "left(" + ESCAPED_TEXT + ", 200)";
            String sql = "SELECT p.slug, p.headline, p.state, p.pub_date, " + rank + " AS score, " + snippet
                    + " FROM (SELECT p.* FROM packages p" + where + " ORDER BY "
                    + (hasText ? rank + " DESC, " : "") + "p.last_change DESC LIMIT ? OFFSET ?) p ORDER BY score DESC,"
                    + " p.last_change DESC";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                if (hasText) {
                    i = bind(ps, ts.args(), i);
                    i = bind(ps, ts.args(), i);
                }
                i = bind(ps, args, i);
                if (hasText) {
                    i = bind(ps, ts.args(), i);
                }
                ps.setInt(++i, q.limit());
                ps.setInt(++i, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDouble(5), rs.getString(6).replace('\n', ' ')));
                    }
                }
            }
            return new SearchResult(total, hits, facets);
        });
    }

    private static void term(StringBuilder where, List<String> args, String kind, java.util.Optional<String> value) {
        value.ifPresent(v -> {
            where.append(" AND EXISTS (SELECT 1 FROM package_terms t WHERE t.package_id = p.id AND t.kind = '")
                    .append(kind).append("' AND t.folded = ?)");
            args.add(Store.fold(v));
        });
    }

    private static Map<String, Map<String, Long>> facets(Connection c, String where, List<String> args)
            throws SQLException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : SearchResult.FACETS) {
            out.put(f, new LinkedHashMap<>());
        }
        // One scan of the matches feeds the total, the state facet and the term facets.
        try (PreparedStatement ps = c.prepareStatement("WITH m AS MATERIALIZED (SELECT p.id, p.state FROM packages p"
                + where + ") SELECT 'state', state, count(*), 0 FROM m GROUP BY state"
                + " UNION ALL SELECT kind, value, n, pos FROM (SELECT t.kind, min(t.value) AS value, count(*) AS n,"
                + " row_number() OVER (PARTITION BY t.kind ORDER BY count(*) DESC, t.folded) AS pos"
                + " FROM package_terms t JOIN m ON m.id = t.package_id GROUP BY t.kind, t.folded) x WHERE pos <= 20")) {
            bind(ps, args, 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Long> m = out.get(rs.getString(1));
                    if (m != null) {
                        m.put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }
        for (String f : SearchResult.FACETS) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            out.get(f).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.put(f, sorted);
        }
        return out;
    }

    private static int bind(PreparedStatement ps, List<String> args, int from) throws SQLException {
        int i = from;
        for (String a : args) {
            ps.setString(++i, a);
        }
        return i;
    }

    @Override
    public List<SearchHit> related(String slug, int limit) {
        // "More like this": the package's 20 most frequent lexemes (weighted by position count) as an OR query.
        String sql = "WITH src AS (SELECT id, search_vector FROM packages WHERE slug = ?),"
                + " words AS (SELECT lexeme FROM src, unnest(src.search_vector) u"
                + " WHERE length(lexeme) > 3 ORDER BY coalesce(array_length(u.positions, 1), 1) DESC, lexeme LIMIT 20),"
                + " q AS (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS tq FROM words)"
                + " SELECT p.slug, p.headline, p.state, p.pub_date, ts_rank(p.search_vector, q.tq) AS score,"
                + " left(" + ESCAPED_TEXT + ", 200) FROM packages p, q, src WHERE q.tq IS NOT NULL"
                + " AND p.search_vector @@ q.tq AND p.id <> src.id ORDER BY score DESC, p.last_change DESC LIMIT ?";
        return db.read(c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, slug);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDouble(5), rs.getString(6).replace('\n', ' ')));
                    }
                }
            }
            return hits;
        });
    }

    @Override
    public void close() {
        // The connection pool belongs to the store.
    }
}
