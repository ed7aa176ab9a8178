package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ozd export DIR}: every package's current revision and its history, ready for {@code ozd import}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exportiert alle Pakete: DIR/<slug>.txt (Haustext der aktuellen Revision), DIR/<slug>.json",
            "(seine JSON-Form) und DIR/<slug>.revisions/NNNNNN.json (jede Revision mit Autor, Zeit, Status, Notiz).",
            "'ozd import DIR' stellt alles wieder her, samt Historie. Dateien werden atomar geschrieben."
        })
final class ExportCommand extends StoreCommand {
    @Parameters(paramLabel = "DIR", description = "Zielordner (wird bei Bedarf angelegt).")
    Path dir;

    @Override
    int run(Store store) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(dir + " ist eine Datei, kein Verzeichnis.");
        }
        Files.createDirectories(dir);
        long total = store.count();
        Progress progress = new Progress(err(), "Pakete", total);
        long[] done = {0};
        long[] revisions = {0};
        try {
            store.forEach(rec -> {
                try {
                    AtomicFiles.write(dir.resolve(rec.slug() + ".txt"), rec.text());
                    AtomicFiles.write(dir.resolve(rec.slug() + ".json"), PackageJson.write(rec.pkg()));
                    Path hist = Files.createDirectories(dir.resolve(rec.slug() + ".revisions"));
                    for (RevisionInfo info : store.revisions(rec.slug())) {
                        AtomicFiles.write(
                                hist.resolve(HistoryFiles.fileName(info.revision())),
                                HistoryFiles.toJson(store.revision(rec.slug(), info.revision())));
                        revisions[0]++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.update(++done[0]);
            });
        } catch (UncheckedIOException e) {
            throw new UserException(
                    "Export nach " + dir + " fehlgeschlagen: " + e.getCause().getMessage());
        }
        progress.update(total);
        err().println("Export: " + done[0] + " Pakete mit " + revisions[0] + " Revisionen nach " + dir + ".");
        return OzdCli.OK;
    }
}
