package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision and a search result have one JSON form (StoreJson): the file {@code ozd export} writes for a revision
 * is the API's answer for it, and {@code ozd search --json} is the API's search answer, field for field. A copy of
 * either view that drifts (a field renamed, added or dropped on one side) fails here.
 */
class StoreJsonAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exportFilesAndSearchJsonAreWhatTheApiAnswers() throws Exception {
        String slug = "faehre-ersetzt-bruecke";
        String v1 = "---\nheadline: Fähre ersetzt die Brücke\nslug: " + slug
                + "\ndate: 2026-11-03\ntags: Verkehr\n---\nWährend der Sanierung fährt eine Fähre über den Fluss. OZD\n"
                + "Mini-Infobox\nFähre\nEins\nZwei\nDrei\nAlle Angaben ohne Gewähr. Titelbild OZD.";
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), v1);
        String data = dir.resolve("data").toString();
        assertThat(CliRun.run("import", "--data", data, in.toString()).exitCode())
                .isZero();
        try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
            store.save(slug, 1, Draft.fromText(v1.replace("eine Fähre", "die Fähre „Ems“")), "Dora", "Name");
            store.transition(slug, State.IN_REVIEW, null, "Ben", null);
        }
        Path out = dir.resolve("export");
        assertThat(CliRun.run("export", "--data", data, out.toString()).exitCode())
                .isZero();
        CliRun search = CliRun.run("search", "--data", data, "--json", "Fähre");
        assertThat(search.exitCode()).as(search.err()).isZero();

        try (Store store = Store.open(StoreConfig.embedded(Path.of(data)));
                ApiServer server = ApiServer.create(store, ServerSettings.DEFAULT.withAuthRequired(false))) {
            int port = server.start(0);
            for (int rev : List.of(1, 2, 3)) {
                JsonNode api = get(port, "/api/v1/packages/" + slug + "/revisions/" + rev);
                JsonNode file = MAPPER.readTree(out.resolve(slug + ".revisions")
                        .resolve(HistoryFiles.fileName(rev))
                        .toFile());
                assertThat(file).as("revision %d", rev).isEqualTo(api);
                assertThat(api.path("revision").asInt()).isEqualTo(rev);
            }
            JsonNode api = get(port, "/api/v1/search?q=F%C3%A4hre");
            assertThat(MAPPER.readTree(search.out())).isEqualTo(api);
            assertThat(api.path("hits").get(0).path("slug").asText()).isEqualTo(slug);
            assertThat(api.path("hits").get(0).path("state").asText()).isEqualTo("in_review");
        }
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return MAPPER.readTree(r.body());
    }
}
