package de.ozd.newsroom.store;

import java.nio.file.Path;

/**
 * The process the crash test kills: opens the embedded store and saves in a loop, printing {@code ACK slug rev
 * marker} only after {@link Store#save} returned (the save is acknowledged).
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String run = args[1];
        Store store = Store.open(StoreConfig.embedded(data));
        String slug = "absturz-" + (Integer.parseInt(run) % 3);
        if (store.find(slug).isEmpty()) {
            store.create(
                    slug,
                    Draft.fromText(
                            TestPackages.text(slug, "Absturz " + slug, "2026-11-01", "Test", "", "Erster Stand.")),
                    "kind",
                    null);
        }
        System.out.println("READY");
        System.out.flush();
        for (int n = 0; ; n++) {
            int base = store.get(slug).revision();
            String marker = "kennung" + run + "x" + n;
            store.save(
                    slug,
                    base,
                    Draft.fromText(TestPackages.text(
                            slug, "Absturz " + slug, "2026-11-01", "Test", "", "Stand " + marker + ".")),
                    "kind",
                    null);
            System.out.println("ACK " + slug + " " + (base + 1) + " " + marker);
            System.out.flush();
        }
    }
}
