// Search latency of the store, embedded or PostgreSQL: p50/p95/p99 over a fixed query set, then each query's p50
// with its total (eq: exact; gte: at least, the PostgreSQL setup's search cap).
// Run: java -cp ozd-cli/target/ozd.jar bench/SearchBench.java DATA_DIR|postgresql://… ROUNDS
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SearchBench {
    static final List<String> QUERIES = List.of("Regierung", "Wien", "Polizei", "Fußball", "Brücke", "Wahl",
            "Bundeskanzler", "\"Europäische Union\"", "Flüchtlinge", "Wirtschaft", "Spiel*", "Klima", "Gericht",
            "Präsident", "Bank Zinsen", "Internet", "Studie", "Unternehmen -Bank", "Österreich", "Schule");

    public static void main(String[] args) {
        String where = args[0];
        int rounds = Integer.parseInt(args[1]);
        StoreConfig config = where.startsWith("postgres") ? StoreConfig.postgresql(where)
                : StoreConfig.embedded(Path.of(where));
        try (Store store = Store.open(config)) {
            for (int w = 0; w < 3; w++) {
                for (String q : QUERIES) {
                    store.search(SearchQuery.of(q));
                }
            }
            List<Double> ms = new ArrayList<>();
            Map<String, List<Double>> perQuery = new LinkedHashMap<>();
            Map<String, String> totals = new LinkedHashMap<>();
            long hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long t = System.nanoTime();
                    SearchResult result = store.search(SearchQuery.of(q));
                    double took = (System.nanoTime() - t) / 1e6;
                    hits += result.total();
                    ms.add(took);
                    perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(took);
                    totals.put(q, result.total() + " " + result.totalRelation().key());
                }
            }
            Collections.sort(ms);
            System.out.printf("search %s: %d queries (10 hits + facets + snippets each), p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms, total hits %d%n", store.description(), ms.size(), pct(ms, 50),
                    pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1), hits);
            perQuery.forEach((q, times) -> {
                Collections.sort(times);
                System.out.printf("  %-22s total %-9s p50 %5.1f ms, max %5.1f ms%n", q, totals.get(q), pct(times, 50),
                        times.get(times.size() - 1));
            });
        }
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
