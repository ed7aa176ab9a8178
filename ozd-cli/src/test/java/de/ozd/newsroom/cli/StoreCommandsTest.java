package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, search, export, re-import with history, reindex, token — through the real command line. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private static String pkg(String slug, String headline, String report) {
        return "---\nheadline: " + headline + "\nslug: " + slug + "\ndate: 2026-11-02\ntags: Test\n---\n" + report
                + " OZD\nMini-Infobox\n" + headline + "\nEins\nZwei\nDrei\nAlle Angaben ohne Gewähr. Titelbild OZD.";
    }

    @Test
    void searchSummarySaysWhenTheTotalIsALowerBound() {
        SearchHit hit = new SearchHit("a", "A", State.DRAFT, java.time.LocalDate.of(2026, 11, 2), 1, "…");
        assertThat(SearchCommand.summary(new SearchResult(0, List.of(), java.util.Map.of())))
                .isEqualTo("Keine Treffer.");
        assertThat(SearchCommand.summary(new SearchResult(1, List.of(hit), java.util.Map.of())))
                .isEqualTo("1 Treffer.");
        String capped = SearchCommand.summary(
                new SearchResult(500, SearchResult.TotalRelation.GTE, List.of(hit), java.util.Map.of()));
        assertThat(capped)
                .startsWith("Mindestens 500 Treffer, die ersten 1 gezeigt")
                .contains("500 neuesten");
    }

    @Test
    void importSearchExportAndRestoreWithHistory() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(
                in.resolve("a.txt"), pkg("neue-bruecke", "Neue Brücke über die Ems", "Die neue Brücke ist fertig."));
        Files.writeString(
                in.resolve("b.txt"),
                pkg("fähre-statt-bruecke", "Fähre", "Eine Fähre ersetzt die Brücke.")
                        .replace("slug: fähre-statt-bruecke\n", ""));
        Files.write(in.resolve("kaputt.txt"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
        Files.writeString(in.resolve("README.md"), "kein Paket");
        String data = dir.resolve("data").toString();

        CliRun imported = CliRun.run("import", "--data", data, in.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(1); // kaputt.txt is refused, the rest is stored
        assertThat(imported.err()).contains("kaputt.txt").contains("2 angelegt");
        CliRun search = CliRun.run("search", "--data", data, "Brücke");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("neue-bruecke").contains("b —").contains("»Brücke«");
        CliRun json = CliRun.run("search", "--data", data, "--json", "Ems");
        assertThat(json.out())
                .contains("\"slug\" : \"neue-bruecke\"")
                .contains("\"total\" : 1")
                .contains("\"totalRelation\" : \"eq\"");
        assertThat(search.err()).contains("2 Treffer.");
        assertThat(CliRun.run("search", "--data", data, "Zeppelin").exitCode()).isEqualTo(1);

        // a second import of a changed file makes a new revision; an unchanged one is left alone
        Files.writeString(
                in.resolve("a.txt"), pkg("neue-bruecke", "Neue Brücke über die Ems", "Die neue Brücke ist eröffnet."));
        Files.delete(in.resolve("kaputt.txt"));
        assertThat(CliRun.run("import", "--data", data, in.toString()).err())
                .contains("1 neue Revisionen")
                .contains("1 unverändert");
        try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
            store.transition("neue-bruecke", State.IN_REVIEW, null, "Prüferin", null);
        }

        Path out = dir.resolve("export");
        CliRun exported = CliRun.run("export", "--data", data, out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(out.resolve("neue-bruecke.txt"))
                .hasContent(pkg("neue-bruecke", "Neue Brücke über die Ems", "Die neue Brücke ist eröffnet."));
        assertThat(out.resolve("neue-bruecke.json")).exists();
        assertThat(out.resolve("neue-bruecke.revisions/000003.json")).exists();

        String restored = dir.resolve("restored").toString();
        CliRun reimport = CliRun.run("import", "--data", restored, out.toString());
        assertThat(reimport.exitCode()).as(reimport.err()).isZero();
        assertThat(reimport.err()).contains("2 mit Historie wiederhergestellt");
        try (Store a = Store.open(StoreConfig.embedded(Path.of(data)));
                Store b = Store.open(StoreConfig.embedded(Path.of(restored)))) {
            for (String slug : List.of("neue-bruecke", "b")) {
                List<RevisionInfo> original = a.revisions(slug);
                assertThat(b.revisions(slug)).isEqualTo(original);
                for (RevisionInfo r : original) {
                    assertThat(b.revision(slug, r.revision()).text())
                            .isEqualTo(a.revision(slug, r.revision()).text());
                }
                assertThat(b.get(slug).state()).isEqualTo(a.get(slug).state());
            }
        }
        assertThat(CliRun.run("search", "--data", restored, "eröffnet").out()).contains("neue-bruecke");
        // the restored history exports to the same bytes (typed timestamps and kinds write the text they read)
        Path again = dir.resolve("export-again");
        assertThat(CliRun.run("export", "--data", restored, again.toString()).exitCode())
                .isZero();
        for (int rev = 1; rev <= 3; rev++) {
            String name = "neue-bruecke.revisions/" + HistoryFiles.fileName(rev);
            assertThat(Files.readString(again.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readString(out.resolve(name)))
                    .containsPattern("\"createdAt\" : \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\"");
        }
        // an export file with a time that is no instant is refused with the file's name, nothing restored
        Path first = out.resolve("neue-bruecke.revisions/000001.json");
        Files.writeString(
                first,
                Files.readString(first).replaceFirst("\"createdAt\" : \"[^\"]+\"", "\"createdAt\" : \"gestern\""));
        CliRun badTime =
                CliRun.run("import", "--data", dir.resolve("restored-bad").toString(), out.toString());
        assertThat(badTime.exitCode()).isNotZero();
        assertThat(badTime.err()).contains("000001.json").contains("„gestern“").doesNotContain("Exception");
        CliRun reindex = CliRun.run("reindex", "--data", restored);
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.err()).contains("2 Pakete");
    }

    @Test
    void tokensAndMisuse() {
        String data = dir.resolve("data").toString();
        // tokens belong to an existing store (ozd import or ozd serve creates one; token never does)
        Store.open(StoreConfig.embedded(dir.resolve("data"))).close();
        CliRun created = CliRun.run("token", "create", "agentur", "--data", data);
        assertThat(created.out().strip()).startsWith("ozd_");
        CliRun list = CliRun.run("token", "list", "--data", data);
        assertThat(list.out()).contains("agentur").doesNotContain(created.out().strip());
        // the time as the column holds it: UTC, microseconds, fixed width
        assertThat(list.out().strip())
                .matches(
                        "[0-9a-f]{16}  agentur  reporter  angelegt \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(CliRun.run("token", "revoke", "gibtsnicht", "--data", data).exitCode())
                .isEqualTo(2);
        CliRun badDb = CliRun.run("search", "--db", "mysql://x", "Brücke");
        assertThat(badDb.exitCode()).isEqualTo(2);
        assertThat(badDb.err()).contains("PostgreSQL").doesNotContain("Exception");
        CliRun missing =
                CliRun.run("import", "--data", data, dir.resolve("nichts").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("gibt es nicht");
        for (String url : List.of("artikel/", "ftp://www.example.de/")) {
            CliRun badUrl = CliRun.run("serve", "--data", data, "--port", "0", "--base-url", url);
            assertThat(badUrl.exitCode()).as(url).isEqualTo(2);
            assertThat(badUrl.err())
                    .as(url)
                    .contains("--base-url muss eine absolute http(s)-Adresse sein")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void doneWhenExamplesImportAndBrueckeIsFound() {
        Path examples = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples")) && Files.exists(d.resolve("ozd"))) {
                examples = d.resolve("examples");
                break;
            }
        }
        de.ozd.newsroom.testkit.Skip.unless(examples != null, "examples/ not found above the working directory");
        String data = dir.resolve("data").toString();
        assertThat(CliRun.run("import", "--data", data, examples.toString()).exitCode())
                .isZero();
        CliRun search = CliRun.run("search", "--data", data, "Brücke");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out().lines().findFirst().orElse("")).contains("mainbruecke");
    }
}
