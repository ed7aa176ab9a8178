// Publishes every draft of an embedded store (the reader benchmark's data: generated packages plus the examples,
// imported as drafts by `ozd import`). Run: java -cp ozd-cli/target/ozd.jar bench/ReaderBenchData.java DATA_DIR
import de.ozd.newsroom.server.DemoNewsroom;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.file.Path;

public class ReaderBenchData {
    public static void main(String[] args) {
        try (Store store = Store.open(StoreConfig.embedded(Path.of(args[0])))) {
            long t = System.nanoTime();
            int n = DemoNewsroom.publishAll(store);
            System.out.printf("published %d packages in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }
}
