// Search latency of the store, embedded or PostgreSQL: p50/p95/p99 over a fixed query set.
// Run: java -cp ozd-cli/target/ozd.jar bench/SearchBench.java DATA_DIR|postgresql://… ROUNDS
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.search.SearchQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
            long hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long t = System.nanoTime();
                    hits += store.search(SearchQuery.of(q)).total();
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
            Collections.sort(ms);
            System.out.printf("search %s: %d queries (10 hits + facets + snippets each), p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms, total hits %d%n", store.description(), ms.size(), pct(ms, 50),
                    pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1), hits);
        }
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
