package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Store;
import picocli.CommandLine.Command;

/** {@code ozd reindex}: rebuilds the search data from the database. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Baut den Suchindex aus der Datenbank neu auf (der Index ist nie die einzige Kopie von etwas).",
            "Eingebettet: der Lucene-Index unter DATA/index. PostgreSQL: Suchvektoren, Schlagwörter und Entitäten."
        })
final class ReindexCommand extends StoreCommand {
    @Override
    boolean rebuildsIndex() {
        return true;
    }

    @Override
    int run(Store store) {
        long start = System.nanoTime();
        long n = store.reindex();
        err().printf(
                        "Suchindex neu aufgebaut: %d Pakete in %.1f s (%s).%n",
                        n, (System.nanoTime() - start) / 1e9, store.description());
        return OzdCli.OK;
    }
}
