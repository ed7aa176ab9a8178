package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ozd import DIR|FILE...}: house-format files (and folders from {@code ozd export}) into the store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Übernimmt Pakete in den Speicher: Dateien im Hausformat (*.txt), JSON-Formen (*.json) und Ordner.",
            "Ein von 'ozd export' geschriebener Ordner wird samt Historie (<slug>.revisions/) wiederhergestellt.",
            "Ein vorhandener Slug erhält eine neue Revision, wenn der Text abweicht. Fortschritt auf stderr."
        },
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {
            "0:alles übernommen",
            "1:einige Dateien abgelehnt (auf stderr aufgeführt)",
            "2:Speicher oder Eingabe unbrauchbar"
        })
final class ImportCommand extends StoreCommand {
    private static final int BATCH = 500;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Zu übernehmende Dateien oder Ordner.")
    List<Path> paths;

    @Option(
            names = "--author",
            paramLabel = "NAME",
            description = "Autor der neuen Revisionen (Vorgabe: ${DEFAULT-VALUE}).")
    String author = "import";

    private sealed interface Item permits TextItem, JsonItem, HistoryItem {
        Path path();
    }

    private record TextItem(Path path) implements Item {}

    private record JsonItem(Path path) implements Item {}

    private record HistoryItem(Path path, String slug) implements Item {}

    private int failed;
    private int created;
    private int saved;
    private int unchanged;
    private int histories;
    private int skipped;

    private List<Item> items;

    @Override
    boolean createsStore() {
        return true;
    }

    /** Every path exists and names packages, before a store is opened or created. */
    @Override
    void validate() throws IOException {
        items = new ArrayList<>();
        for (Path p : paths) {
            collect(p, items);
        }
        if (items.isEmpty()) {
            throw new UserException("Keine Pakete gefunden (erwartet: *.txt, *.json oder <slug>.revisions/).");
        }
    }

    @Override
    int run(Store store) throws IOException {
        Progress progress = new Progress(err(), "Pakete", items.size());
        InputReader reader = input.reader();
        HouseConfig house = input.house();
        List<List<Item>> batches = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        int done = 0;
        for (Item item : items) {
            if (item instanceof HistoryItem h) {
                try {
                    importHistory(store, h);
                } catch (UserException | StoreException | PackageJsonException e) {
                    refuse(item.path(), e.getMessage());
                }
                progress.update(++done);
            } else {
                current.add(item);
                if (current.size() >= BATCH) {
                    batches.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        // A pipeline: the next batch is read and parsed (on all cores) while the current one is written.
        CompletableFuture<List<Parsed>> next =
                batches.isEmpty() ? null : CompletableFuture.supplyAsync(parse(reader, house, batches.get(0)));
        for (int b = 0; b < batches.size(); b++) {
            List<Parsed> parsed = next.join();
            next = b + 1 < batches.size()
                    ? CompletableFuture.supplyAsync(parse(reader, house, batches.get(b + 1))::get)
                    : null;
            write(store, parsed);
            done += parsed.size();
            progress.update(done);
        }
        progress.update(items.size());
        store.flush();
        err().println("Import: " + created + " angelegt, " + saved + " neue Revisionen, " + unchanged + " unverändert, "
                + histories + " mit Historie wiederhergestellt, " + skipped + " übersprungen, " + failed
                + " abgelehnt.");
        return failed > 0 ? OzdCli.FINDINGS : OzdCli.OK;
    }

    /** A file read and parsed, or the German reason it was refused. */
    private record Parsed(Path path, Draft draft, String slug, String error) {}

    /** Reads and parses a batch with the house's headings on all cores (parsing is most of an import's work), keeping the order. */
    private java.util.function.Supplier<List<Parsed>> parse(InputReader reader, HouseConfig house, List<Item> batch) {
        return () -> batch.parallelStream()
                .map(item -> {
                    try {
                        InputReader.Input in = reader.read(item.path().toString());
                        Draft d = item instanceof JsonItem
                                ? Draft.fromPackage(PackageJson.read(in.text()), house)
                                : Draft.fromText(in.text(), house);
                        return new Parsed(
                                item.path(),
                                d,
                                d.pkg().frontMatter().get("slug").isPresent() ? null : slugFromFile(item.path()),
                                null);
                    } catch (UserException | StoreException | PackageJsonException e) {
                        return new Parsed(item.path(), null, null, e.getMessage());
                    }
                })
                .toList();
    }

    private void write(Store store, List<Parsed> parsed) {
        List<Draft> drafts = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        List<Path> origins = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.error() != null) {
                refuse(p.path(), p.error());
            } else {
                drafts.add(p.draft());
                slugs.add(p.slug());
                origins.add(p.path());
            }
        }
        if (drafts.isEmpty()) {
            return;
        }
        try {
            count(store.importAll(drafts, slugs, author, null));
        } catch (StoreException e) {
            // One bad package refuses the whole batch; store the rest one by one and name the bad ones.
            for (int i = 0; i < drafts.size(); i++) {
                try {
                    count(store.importAll(List.of(drafts.get(i)), java.util.Arrays.asList(slugs.get(i)), author, null));
                } catch (StoreException single) {
                    refuse(origins.get(i), single.getMessage());
                }
            }
        }
    }

    private void count(List<Store.ImportOutcome> outcomes) {
        for (Store.ImportOutcome o : outcomes) {
            switch (o) {
                case CREATED -> created++;
                case SAVED -> saved++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    private void refuse(Path path, String message) {
        failed++;
        err().println("ozd import: " + path + ": " + message);
    }

    private void importHistory(Store store, HistoryItem h) throws IOException {
        List<Revision> revs = new ArrayList<>();
        try (Stream<Path> files = Files.list(h.path())) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                revs.add(HistoryFiles.fromJson(f.toString(), Files.readString(f)));
            }
        }
        if (store.importHistory(h.slug(), revs)) {
            histories++;
        } else {
            skipped++;
            err().println("ozd import: " + h.slug() + " gibt es schon; die Historie aus " + h.path()
                    + " wurde nicht eingespielt.");
        }
    }

    private static String slugFromFile(Path p) {
        String name = p.getFileName().toString();
        return Store.slugify(name.substring(0, name.lastIndexOf('.')));
    }

    private void collect(Path p, List<Item> items) throws IOException {
        if (!Files.exists(p)) {
            throw new UserException(p + " gibt es nicht: prüfen Sie Pfad und Schreibweise.");
        }
        if (!Files.isDirectory(p)) {
            String name = p.getFileName().toString();
            if (name.endsWith(".json")) {
                items.add(new JsonItem(p));
            } else {
                items.add(new TextItem(p));
            }
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(p)) {
            children = list.sorted().toList();
        }
        java.util.Set<String> histories = new java.util.HashSet<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (Files.isDirectory(c) && name.endsWith(".revisions")) {
                histories.add(name.substring(0, name.length() - ".revisions".length()));
            } else if (name.endsWith(".txt")) {
                texts.add(name.substring(0, name.length() - 4));
            }
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(c) && name.endsWith(".revisions")) {
                items.add(new HistoryItem(c, name.substring(0, name.length() - ".revisions".length())));
            } else if (Files.isRegularFile(c) && name.endsWith(".txt")) {
                if (!histories.contains(name.substring(0, name.length() - 4))) {
                    items.add(new TextItem(c));
                }
            } else if (Files.isRegularFile(c) && name.endsWith(".json")) {
                String stem = name.substring(0, name.length() - 5);
                if (!histories.contains(stem) && !texts.contains(stem)) {
                    items.add(new JsonItem(c));
                }
            }
        }
    }
}
