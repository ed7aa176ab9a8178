package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.json.HouseConfigJson;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Infobox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One house end to end: a house that is not OZD (its own brand, heading words and limits) drafts, checks, imports,
 * serves and renders with its own words and limits, through the real command line, store and HTTP server.
 */
class ForeignHouseEndToEndTest {
    @TempDir
    Path tmp;

    private static final String HOUSE_JSON = """
            {
              "brand": "NZK",
              "commentaryHeading": "NZK-Meinung",
              "infoboxHeading": "Auf einen Blick",
              "analysisHeading": "NZK-Hintergrund",
              "explainersHeading": "Kurz erklärt",
              "extrasHeading": "NZK-Zusatz",
              "disclaimer": "Angaben ohne Haftung.",
              "pictureCreditWord": "Foto",
              "limits": {"minFacts": 1, "maxFacts": 2, "maxWordsPerFact": 7, "minDimensions": 1, "maxDimensions": 2}
            }
            """;

    /** Written for this test: a fictional town council, six sentences with names, numbers and dates. */
    private static final String REPORT = """
            Der Stadtrat von Weidenau hat am Mittwoch den Bau eines neuen Hallenbads beschlossen. Das Bad soll rund 18 Millionen Euro kosten. Bürgermeisterin Petra Albers sprach von einer guten Nachricht für die Schulen.
            Nach Angaben der Stadtwerke sollen die Bauarbeiten im März 2027 beginnen. Das alte Bad am Marktplatz war im vergangenen Jahr wegen eines Wasserschadens geschlossen worden. Seitdem fahren die Schüler zum Schwimmunterricht in die Nachbarstadt Lindholm.
            Der Landkreis übernimmt etwa ein Drittel der Kosten. Die Opposition im Stadtrat stimmte gegen den Plan und verlangte ein kleineres Becken.
            """;

    @Test
    void anotherHouseDraftsChecksImportsServesAndRendersWithItsOwnWordsAndLimits() throws Exception {
        Path houseFile = Files.writeString(tmp.resolve("nzk.json"), HOUSE_JSON);
        HouseConfig house = HouseConfigJson.read(HOUSE_JSON);
        Path report = Files.writeString(tmp.resolve("bericht.txt"), REPORT);
        String h = houseFile.toString();

        // draft: the foreign words, and the foreign limits (the OZD house gives the same report more facts)
        Path draft = tmp.resolve("weidenau-hallenbad.txt");
        CliRun drafted = CliRun.run("draft", "--house", h, report.toString(), "-o", draft.toString());
        assertThat(drafted.exitCode()).as(drafted.err()).isZero();
        String text = Files.readString(draft);
        assertThat(text)
                .contains("NZK-Meinung – ", "\nAuf einen Blick\n", "\nNZK-Hintergrund\n", "\nKurz erklärt\n")
                .contains("Angaben ohne Haftung. Foto ")
                .doesNotContain("OZD", "Mini-Infobox", "Erklärungen", "Alle Angaben ohne Gewähr", "Titelbild");
        ArticlePackage pkg = new PackageParser(house).parse(text).pkg();
        assertThat(pkg.report().signature()).contains("NZK");
        Infobox box = pkg.infobox().orElseThrow();
        assertThat(box.facts()).hasSizeBetween(1, 2);
        assertThat(box.facts()).allSatisfy(f -> assertThat(f.split(" ")).hasSizeLessThanOrEqualTo(7));
        assertThat(pkg.analysis().orElseThrow().dimensions()).hasSizeBetween(1, 2);
        CliRun ozdDraft = CliRun.run("draft", report.toString());
        Infobox ozdBox =
                PackageParser.ozd().parse(ozdDraft.out()).pkg().infobox().orElseThrow();
        assertThat(ozdBox.facts()).hasSizeGreaterThan(2);

        // check: clean with the house; read as OZD, the signature and headings are missing
        CliRun checked = CliRun.run("check", "--house", h, "--source", report.toString(), draft.toString());
        assertThat(checked.out()).doesNotContain("error[", "OZD002", "OZD004", "OZD010", "OZD1");
        assertThat(CliRun.run("check", draft.toString()).out()).contains("error[OZD002]");

        // import with the house: the sections are found (as OZD, all would be report text)
        String data = tmp.resolve("data").toString();
        CliRun imported = CliRun.run("import", "--house", h, "--data", data, draft.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun token = CliRun.run("token", "create", "test", "--role", "redakteur", "--data", data);
        assertThat(token.exitCode()).as(token.err()).isZero();
        String bearer = "Bearer " + token.out().strip();

        // serve with the house on a random port: API save, publish, and the reader site's article page
        CommandLine serve = new CommandLine(new ServeCommand());
        StringWriter serveErr = new StringWriter();
        serve.setErr(new PrintWriter(serveErr, true));
        serve.parseArgs("--data", data, "--port", "0", "--house", h);
        try (ServeCommand.Running running = ((ServeCommand) serve.getCommand()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + running.port();
            String slug = "weidenau-hallenbad";
            // the editor writes what the draft left open; the publish gate refuses placeholders
            String edited = text.replace("Angaben ohne Haftung. Foto ", "Angaben ohne Haftung. Foto Stadt Weidenau, ")
                    .replaceAll("\\[Redaktion:[^\\]]*\\]", "Die Redaktion ordnet das ein");
            HttpResponse<String> saved = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/packages/" + slug))
                            .header("Authorization", bearer)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .header("If-Match", "\"1\"")
                            .header("X-OZD-Author", "Test")
                            .PUT(HttpRequest.BodyPublishers.ofString(edited))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            for (String state : new String[] {"in_review", "published"}) {
                HttpResponse<String> moved = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/packages/" + slug + "/transitions"))
                                .header("Authorization", bearer)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"to\": \"" + state + "\", \"author\": \"Test\""
                                                // unreviewed machine sections go out labelled as machine-made
                                                + (state.equals("published") ? ", \"machineLabel\": true}" : "}")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            }
            HttpResponse<String> checkApi = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/check"))
                            .header("Authorization", bearer)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(edited))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(checkApi.statusCode()).as(checkApi.body()).isEqualTo(200);
            assertThat(checkApi.body()).doesNotContain("OZD002", "OZD004");

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/artikel/" + slug))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Auf einen Blick", "NZK-Hintergrund", "Kurz erklärt", "NZK")
                    .contains("Foto: Stadt Weidenau")
                    .contains(box.facts().get(0))
                    .doesNotContain("Mini-Infobox", "OZD-Analyse", "OZD-Kommentar", "Titelbild", "Alle Angaben");
            HttpResponse<String> front = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(front.body()).contains("NZK").contains("/artikel/" + slug);
        }
        assertThat(serveErr.toString()).contains("läuft");
    }
}
