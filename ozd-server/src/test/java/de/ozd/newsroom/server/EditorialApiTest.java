package de.ozd.newsroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/check} and {@code /api/v1/draft} over HTTP: the same checks and engine as the CLI. */
class EditorialApiTest {
    static final String REPORT = "Die Stadt Mainfurt sperrt ab Montag die Alte Mainbrücke für alle Fahrzeuge "
            + "über 7,5 Tonnen. Gutachter fanden im Oktober Risse an zwei Pfeilern, teilte Oberbürgermeisterin Helga "
            + "Brandt am Donnerstag mit.\nDie Sanierung kostet nach Angaben der Stadt rund 12 Millionen Euro. Sie soll "
            + "bis 2028 dauern.\n";

    @TempDir
    static Path dir;

    private static Store store;
    private static EditorialDesk desk;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        desk = EditorialDesk.ozd();
        server = ApiServer.create(store, ServerSettings.DEFAULT, List.of(), desk);
        http = new Http(server.start(0), store.tokens().create("redaktion", de.ozd.newsroom.store.Role.REDAKTEUR));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String example() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        return Files.readString(root.resolve("examples/bruecke-sperrung.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void checkGivesTheHouseFindingsWithPositions() throws Exception {
        String text = example().replace("OZD-Kommentar – ", "OZD-Kommentar - ");
        Http.Response r = http.send(
                "POST", "/api/v1/check", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> expected = new ArrayList<>();
        for (Diagnostic d : HouseChecker.ozd().check(text)) {
            expected.add(d.line() + ":" + d.column() + " " + d.rule() + " " + d.message());
        }
        List<String> got = new ArrayList<>();
        r.json()
                .path("findings")
                .forEach(f -> got.add(f.path("line").asInt() + ":"
                        + f.path("column").asInt() + " " + f.path("rule").asText() + " "
                        + f.path("message").asText()));
        assertThat(got).isEqualTo(expected);
        int heading = text.lines()
                        .toList()
                        .indexOf(text.lines()
                                .filter(l -> l.startsWith("OZD-Kommentar"))
                                .findFirst()
                                .orElseThrow())
                + 1;
        assertThat(got).anyMatch(f -> f.startsWith(heading + ":") && f.contains(" OZD009 "));
        assertThat(r.json().path("errors").asInt()).isZero();
    }

    @Test
    void draftIsAcceptedByItsOwnGroundingCheckAndATamperedNumberIsNot() {
        Http.Response drafted =
                http.json("POST", "/api/v1/draft", "{\"text\": " + Http.quote(REPORT) + ", \"agency\": \"dpa\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        JsonNode d = drafted.json();
        String text = d.path("text").asText();
        assertThat(text).contains("Mini-Infobox\n", "OZD-Analyse\n", "Titelbild dpa.", "extractive, unreviewed");
        assertThat(d.path("package").path("report").path("paragraphs")).hasSize(2);
        assertThat(d.path("errors").asInt()).as(d.path("findings").toString()).isZero();

        int infobox = text.indexOf("Mini-Infobox");
        assertThat(text.substring(infobox)).as("the draft carries the cost").contains("12 Millionen");
        String tampered = text.substring(0, infobox) + text.substring(infobox).replace("12 Millionen", "15 Millionen");
        Http.Response checked = http.json(
                "POST",
                "/api/v1/check",
                "{\"text\": " + Http.quote(tampered) + ", \"source\": " + Http.quote(REPORT) + "}");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().path("findings").findValuesAsText("rule")).contains("OZD101");
        assertThat(checked.json().path("errors").asInt()).isPositive();
    }

    @Test
    void spellingIsCheckedOnRequest() throws Exception {
        String text = example().replaceFirst("Brücke", "Brükce");
        desk.check("Warm.", Optional.empty(), true); // LanguageTool's first check takes longer than an HTTP timeout
        Http.Response without = http.json("POST", "/api/v1/check", "{\"text\": " + Http.quote(text) + "}");
        assertThat(without.json().path("findings").findValuesAsText("rule")).doesNotContain("OZD201");
        Http.Response with =
                http.json("POST", "/api/v1/check", "{\"text\": " + Http.quote(text) + ", \"spelling\": true}");
        assertThat(with.status()).as(with.body()).isEqualTo(200);
        assertThat(with.json().path("findings").findValuesAsText("message")).anyMatch(m -> m.contains("Brükce"));
    }

    @Test
    void badRequestsGetAJsonErrorAndNothingElse() {
        AbstractApiTest.assertError(http.json("POST", "/api/v1/check", "{}"), 400, "missing_field");
        AbstractApiTest.assertError(http.json("POST", "/api/v1/check", "{\"text\": 5}"), 400, "wrong_type");
        AbstractApiTest.assertError(
                http.json("POST", "/api/v1/check", "{\"text\": \"x\", \"spelling\": \"ja\"}"), 400, "wrong_type");
        AbstractApiTest.assertError(
                http.json("POST", "/api/v1/draft", "{\"text\": \"x\", \"autor\": \"A\"}"), 400, "unknown_field");
        AbstractApiTest.assertError(
                http.json("POST", "/api/v1/draft", "{\"text\": \"   \\n \"}"), 422, "invalid_report");
        Http.Response anonymous =
                http.send("POST", "/api/v1/check", "x".getBytes(StandardCharsets.UTF_8), "text/plain", null, null);
        AbstractApiTest.assertError(anonymous, 401, "unauthorized");
        assertThat(store.count()).isZero();
    }
}
