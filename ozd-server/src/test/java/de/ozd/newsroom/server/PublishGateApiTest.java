package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.AbstractApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.desk.DeskPages;
import de.ozd.newsroom.server.desk.DeskSettings;
import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish gate over HTTP (issue 11, part 5): a raw machine draft is refused with its findings and nothing
 * changes; after the placeholders are filled and the sections reviewed (who and when recorded) it goes out; a
 * Redakteur may instead publish unreviewed sections labelled as machine-made, and that is recorded; a Reporter can do
 * neither; the API takes a desk session only with its CSRF header for changes.
 */
class PublishGateApiTest {
    @TempDir
    static Path dir;

    private static Store store;
    private static ApiServer server;
    private static Http http;
    private static Http reporter;
    private static String drafted;

    @BeforeAll
    static void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        EditorialDesk desk = EditorialDesk.ozd();
        server = ApiServer.create(
                store, ServerSettings.DEFAULT, List.of(new DeskPages(desk, Site.ozd(), DeskSettings.DEFAULT)), desk);
        int port = server.start(0);
        http = new Http(port, store.tokens().create("redaktion", Role.REDAKTEUR));
        reporter = new Http(port, store.tokens().create("reporterin", Role.REPORTER));
        Http.Response d = http.json(
                "POST",
                "/api/v1/draft",
                "{\"text\": " + Http.quote(EditorialApiTest.REPORT) + ", \"agency\": \"dpa\"}");
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        drafted = d.json().path("text").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Creates a package from {@code text} under {@code slug} and sends it to review; returns its path. */
    private static String inReview(String slug, String text) {
        Http.Response created = http.json(
                "POST", "/api/v1/packages", "{\"slug\": \"" + slug + "\", \"text\": " + Http.quote(text) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/packages/" + slug;
        assertThat(http.json("POST", path + "/transitions", "{\"to\": \"in_review\"}")
                        .status())
                .isEqualTo(200);
        return path;
    }

    /** A JSON POST without a token, with these headers (name, value, …). */
    private static Http.Response withoutToken(String path, byte[] body, String... headers) {
        return http.send("POST", path, body, "application/json", null, null, headers);
    }

    /** The draft with every placeholder written by the editor. */
    private static String filled() {
        return drafted.replaceAll("\\[Redaktion:[^\\]]*\\]", "Die Redaktion ordnet das ein");
    }

    private static List<String> unreviewed(JsonNode pkg) {
        List<String> out = new ArrayList<>();
        pkg.path("provenance").properties().forEach(e -> {
            if (!e.getValue().path("origin").asText().equals("human")
                    && !e.getValue().path("reviewed").asBoolean()) {
                out.add(e.getKey());
            }
        });
        return out;
    }

    @Test
    void aRawMachineDraftIsRefusedWithItsFindingsAndNothingChanges() {
        assertThat(drafted).contains("[Redaktion:").contains("extractive, unreviewed");
        String path = inReview("roh", drafted);
        PackageRecord before = store.get("roh");
        int revisions = store.revisions("roh").size();

        Http.Response refused = http.json("POST", path + "/transitions", "{\"to\": \"published\"}");
        assertError(refused, 422, "publish_refused");
        JsonNode body = refused.json();
        List<String> expected = new ArrayList<>();
        for (Diagnostic d : HouseChecker.ozd().forPublication().check(drafted)) {
            if (d.isError()) {
                expected.add(d.rule() + " " + d.line() + ":" + d.column() + " " + d.message());
            }
        }
        List<String> got = new ArrayList<>();
        body.path("findings")
                .forEach(f -> got.add(f.path("rule").asText() + " "
                        + f.path("line").asInt() + ":" + f.path("column").asInt() + " "
                        + f.path("message").asText()));
        assertThat(got).isEqualTo(expected).anyMatch(f -> f.startsWith("OZD025 "));
        assertThat(body.path("findings").findValuesAsText("severity")).containsOnly("error");
        List<String> sections = body.path("unreviewedSections").findValuesAsText("section");
        assertThat(sections)
                .isNotEmpty()
                .isEqualTo(unreviewed(http.get(path).json().path("package")));
        assertThat(body.path("unreviewedSections").findValuesAsText("origin")).containsOnly("extractive");
        // the same check as a draft: the placeholder is only a warning there
        Http.Response check = http.json("POST", "/api/v1/check", "{\"text\": " + Http.quote(drafted) + "}");
        assertThat(check.json().path("findings"))
                .filteredOn(f -> f.path("rule").asText().equals("OZD025"))
                .isNotEmpty()
                .allMatch(f -> f.path("severity").asText().equals("warning"));

        PackageRecord after = store.get("roh");
        assertThat(after.state()).isEqualTo(State.IN_REVIEW);
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(store.revisions("roh")).hasSize(revisions);
        // a Reporter may not even try
        assertError(reporter.json("POST", path + "/transitions", "{\"to\": \"published\"}"), 403, "forbidden");
    }

    @Test
    void afterTheEditorFillsThePlaceholdersAndReviewsEverySectionItIsPublished() {
        String path = inReview("geprueft", filled());
        Http.Response onlySections = http.json("POST", path + "/transitions", "{\"to\": \"published\"}");
        assertError(onlySections, 422, "publish_refused");
        assertThat(onlySections.json().path("findings")).as(onlySections.body()).isEmpty();
        List<String> sections = onlySections.json().path("unreviewedSections").findValuesAsText("section");
        assertThat(sections).isNotEmpty();

        assertError(reporter.json("POST", path + "/sections/" + sections.get(0) + "/review", "{}"), 403, "forbidden");
        assertError(http.json("POST", path + "/sections/report/review", "{}"), 422, "not_machine_drafted");
        assertError(http.json("POST", path + "/sections/kommentar/review", "{}"), 404, "no_section");
        assertError(
                http.json("POST", path + "/sections/" + sections.get(0) + "/review", "{\"baseRevision\": 1}"),
                409,
                "conflict");
        Instant start = Instant.now().minusSeconds(2);
        for (String s : sections) {
            Http.Response reviewed = http.send("POST", path + "/sections/" + s + "/review", null, null, null);
            assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
            JsonNode p = reviewed.json().path("package").path("provenance").path(s);
            assertThat(p.path("reviewed").asBoolean()).isTrue();
            assertThat(p.path("reviewedBy").asText()).isEqualTo("redaktion");
            Instant at = Instant.parse(p.path("reviewedAt").asText());
            assertThat(at).isBetween(start, Instant.now().plusSeconds(1));
        }
        int revision = store.get("geprueft").revision();
        Http.Response again = http.json("POST", path + "/sections/" + sections.get(0) + "/review", "{}");
        assertThat(again.json().path("revision").asInt())
                .as("reviewing twice changes nothing")
                .isEqualTo(revision);
        String text = store.get("geprueft").text();
        assertThat(text).contains("provenance." + sections.get(0) + ": extractive, reviewed by redaktion 20");
        assertThat(store.revisions("geprueft"))
                .extracting(RevisionInfo::summary)
                .anyMatch(n -> n.contains("Abschnitt " + sections.get(0) + " geprüft von redaktion"));
        assertThat(store.accounts().auditLog(100, 0).items())
                .anyMatch(e -> e.action().equals("review_section") && e.actor().equals("redaktion"));

        Http.Response published = http.json("POST", path + "/transitions", "{\"to\": \"published\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(store.get("geprueft").state()).isEqualTo(State.PUBLISHED);

        // correcting puts the text out again: checked too
        PackageRecord now = store.get("geprueft");
        String withPlaceholder = now.text().replace("Die Redaktion ordnet das ein", "[Redaktion: Zahl prüfen]");
        assertThat(http.json(
                                "PUT",
                                path,
                                "{\"baseRevision\": " + now.revision() + ", \"text\": " + Http.quote(withPlaceholder)
                                        + "}")
                        .status())
                .isEqualTo(200);
        Http.Response correction =
                http.json("POST", path + "/transitions", "{\"to\": \"corrected\", \"note\": \"Zahl berichtigt.\"}");
        assertError(correction, 422, "publish_refused");
        assertThat(correction.json().path("findings").findValuesAsText("rule")).containsOnly("OZD025");
        assertThat(store.get("geprueft").state()).isEqualTo(State.PUBLISHED);
    }

    @Test
    void aRedakteurMayPublishUnreviewedSectionsLabelledAsMachineMadeAndThatIsRecorded() {
        String path = inReview("gekennzeichnet", filled());
        List<String> sections = unreviewed(http.get(path).json().path("package"));
        assertError(
                http.json("POST", path + "/transitions", "{\"to\": \"draft\", \"machineLabel\": true}"),
                400,
                "bad_value");
        assertError(
                reporter.json("POST", path + "/transitions", "{\"to\": \"published\", \"machineLabel\": true}"),
                403,
                "forbidden");
        int before = store.get("gekennzeichnet").revision();

        Http.Response published = http.json(
                "POST", path + "/transitions", "{\"to\": \"published\", \"machineLabel\": true, \"author\": \"CvD\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        JsonNode pkg = published.json().path("package");
        assertThat(published.json().path("state").asText()).isEqualTo("published");
        for (String s : sections) {
            JsonNode p = pkg.path("provenance").path(s);
            assertThat(p.path("reviewed").asBoolean()).as(s).isFalse();
            assertThat(p.path("labelledBy").asText()).as(s).isEqualTo("redaktion");
            assertThat(p.path("labelledAt").asText()).as(s).endsWith("Z");
        }
        // a labelling revision, then the publishing one
        List<RevisionInfo> history = store.revisions("gekennzeichnet");
        assertThat(history).hasSize(before + 2);
        RevisionInfo label = history.get(history.size() - 2);
        assertThat(label.summary()).contains("als maschinell erstellt gekennzeichnet veröffentlicht");
        assertThat(label.author()).isEqualTo("redaktion (Angabe: CvD)");
        assertThat(store.get("gekennzeichnet").text()).contains("unreviewed, labelled by redaktion 20");
        assertThat(store.accounts().auditLog(100, 0).items())
                .anyMatch(e -> e.action().equals("publish_machine_label")
                        && e.actor().equals("redaktion")
                        && e.target().equals("gekennzeichnet"));
    }

    @Test
    void theApiTakesADeskSessionButChangesNeedItsCsrfHeader() {
        inReview("sitzung", filled());
        Accounts.Account account = store.accounts().create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort-1");
        Accounts.Session session = store.accounts().startSession(account);
        String cookie = DeskPages.COOKIE + "=" + session.id();
        String path = "/api/v1/packages/sitzung/transitions";
        byte[] toDraft = "{\"to\": \"draft\"}".getBytes(StandardCharsets.UTF_8);

        Http.Response read = http.send("GET", "/api/v1/packages/sitzung", null, null, null, null, "Cookie", cookie);
        assertThat(read.status()).as(read.body()).isEqualTo(200);

        Http.Response noCsrf = http.send("POST", path, toDraft, "application/json", null, null, "Cookie", cookie);
        assertError(noCsrf, 403, "csrf_failed");
        Http.Response wrongCsrf = withoutToken(path, toDraft, "Cookie", cookie, "X-CSRF-Token", "falsch");
        assertError(wrongCsrf, 403, "csrf_failed");
        assertThat(store.get("sitzung").state()).isEqualTo(State.IN_REVIEW);

        Http.Response withCsrf = withoutToken(path, toDraft, "Cookie", cookie, "X-CSRF-Token", session.csrf());
        assertThat(withCsrf.status()).as(withCsrf.body()).isEqualTo(200);
        assertThat(store.get("sitzung").state()).isEqualTo(State.DRAFT);
        List<RevisionInfo> history = store.revisions("sitzung");
        assertThat(history.get(history.size() - 1).author()).isEqualTo("k.redakteur");

        // neither token nor session: refused, nothing changes
        assertError(withoutToken(path, toDraft), 401, "unauthorized");
        assertError(
                withoutToken(path, toDraft, "Cookie", DeskPages.COOKIE + "=abgelaufen", "X-CSRF-Token", session.csrf()),
                401,
                "unauthorized");
        store.accounts().endSession(session.id());
        assertError(
                http.send("GET", "/api/v1/packages", null, null, null, null, "Cookie", cookie), 401, "unauthorized");
        assertThat(store.get("sitzung").state()).isEqualTo(State.DRAFT);
    }
}
