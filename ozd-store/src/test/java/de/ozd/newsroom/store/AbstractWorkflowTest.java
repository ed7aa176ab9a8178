package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pending revisions, updates, the list of corrections, planned publication and embargo (issue 11, part 7); runs
 * unchanged against both setups (see the subclasses). Each test starts on an empty store.
 */
public abstract class AbstractWorkflowTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";
    protected Store store;

    /** A fresh, empty store of the setup under test. */
    protected abstract Store openStore();

    /** The same store opened again (a restart). */
    protected abstract Store reopen();

    /** A plain JDBC connection to the store's database, to bring it back to an older schema. */
    protected abstract Connection connect() throws Exception;

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private PackageRecord published(String text) {
        PackageRecord rec = store.create(null, Draft.fromText(text), "Reporterin", null);
        store.transition(rec.slug(), State.IN_REVIEW, null, "Reporterin", null);
        return store.transition(rec.slug(), State.PUBLISHED, null, "Redakteur", null);
    }

    private static String edited() {
        return TestPackages.bridge()
                .replace("Mainfurt sperrt die Alte Brücke für Lastwagen", "Alte Brücke in Mainfurt bleibt gesperrt")
                .replace("Umleitungen führen", "Ein Pendelbus und Umleitungen führen");
    }

    private List<String> readerHits(String q) {
        return store.search(SearchQuery.of(q)).hits().stream()
                .map(SearchHit::slug)
                .toList();
    }

    @Test
    void aSaveOnAPublishedPackageWaitsUntilItIsPublishedAsAnUpdate() {
        published(TestPackages.bridge());
        PackageRecord saved = store.save(SLUG, 3, Draft.fromText(edited()), "Reporterin", "Pendelbus ergänzt");

        assertThat(saved.revision()).isEqualTo(4);
        assertThat(saved.liveRevision()).contains(3);
        assertThat(saved.pending()).isTrue();
        assertThat(store.get(SLUG).headline()).isEqualTo("Alte Brücke in Mainfurt bleibt gesperrt");
        PackageRecord live = store.publicView(SLUG);
        assertThat(live.revision()).isEqualTo(3);
        assertThat(live.headline()).isEqualTo("Mainfurt sperrt die Alte Brücke für Lastwagen");
        assertThat(live.text()).doesNotContain("Pendelbus");
        assertThat(live.liveUpdatedAt()).isEmpty();
        assertThat(readerHits("Pendelbus")).isEmpty();
        assertThat(readerHits("Pfeilern")).containsExactly(SLUG);
        SearchHit hit = store.search(SearchQuery.of("Umleitungen")).hits().get(0);
        assertThat(hit.headline()).isEqualTo("Mainfurt sperrt die Alte Brücke für Lastwagen");
        assertThat(hit.snippet()).doesNotContain("Pendelbus");

        PackageRecord updated = store.publishUpdate(SLUG, "Redakteur", 4);

        assertThat(updated.revision()).isEqualTo(5);
        assertThat(updated.liveRevision()).contains(5);
        assertThat(updated.state()).isEqualTo(State.PUBLISHED);
        assertThat(updated.liveUpdatedAt()).isPresent();
        PackageRecord nowLive = store.publicView(SLUG);
        assertThat(nowLive.headline()).isEqualTo("Alte Brücke in Mainfurt bleibt gesperrt");
        assertThat(nowLive.liveUpdatedAt()).isEqualTo(updated.liveUpdatedAt());
        assertThat(readerHits("Pendelbus")).containsExactly(SLUG);
        assertThat(store.revisions(SLUG).get(4).kind()).isEqualTo(RevisionKind.UPDATE);
        assertThatThrownBy(() -> store.publishUpdate(SLUG, "Redakteur", null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo("nothing_pending");
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
                });
    }

    @Test
    void thePendingRevisionSurvivesARestartAndAReindex() {
        published(TestPackages.bridge());
        store.save(SLUG, 3, Draft.fromText(edited()), "Reporterin", null);
        store.close();
        store = reopen();
        assertThat(store.publicView(SLUG).revision()).isEqualTo(3);
        store.reindex();
        assertThat(readerHits("Pendelbus")).isEmpty();
        assertThat(store.get(SLUG).pending()).isTrue();
    }

    @Test
    void aHistoryEndingInAPendingEditIsRestoredWithTheSameLiveRevision() {
        published(TestPackages.bridge());
        store.save(SLUG, 3, Draft.fromText(edited()), "Reporterin", null);
        List<Revision> history = store.revisions(SLUG).stream()
                .map(i -> store.revision(SLUG, i.revision()))
                .toList();

        assertThat(store.importHistory("kopie", history)).isTrue();

        assertThat(store.get("kopie").revision()).isEqualTo(4);
        assertThat(store.publicView("kopie").revision()).isEqualTo(3);
        assertThat(readerHits("Pfeilern")).contains("kopie");
        assertThat(readerHits("Pendelbus")).doesNotContain("kopie");
    }

    @Test
    void anUpdateIsRefusedForADraftAndADraftHasNoLiveRevision() {
        PackageRecord rec = store.create(null, Draft.fromText(TestPackages.bridge()), "Reporterin", null);
        assertThat(rec.liveRevision()).isEmpty();
        assertThat(rec.pending()).isFalse();
        assertThatThrownBy(() -> store.publishUpdate(SLUG, "Redakteur", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("illegal_transition"));
    }

    @Test
    void everyCorrectionNoteIsKeptInOrderAndACorrectionPublishesThePendingEdit() {
        published(TestPackages.bridge());
        store.transition(SLUG, State.CORRECTED, "Die Sperrung gilt ab Dienstag.", "Redakteur", 3);
        store.save(SLUG, 4, Draft.fromText(edited()), "Reporterin", null);
        assertThat(store.publicView(SLUG).text()).doesNotContain("Pendelbus");

        PackageRecord second = store.transition(SLUG, State.CORRECTED, "Es fährt ein Pendelbus.", "Redakteur", 5);

        assertThat(second.liveRevision()).contains(6);
        PackageRecord live = store.publicView(SLUG);
        assertThat(live.text()).contains("Pendelbus");
        assertThat(live.corrections())
                .extracting(CorrectionNote::note)
                .containsExactly("Die Sperrung gilt ab Dienstag.", "Es fährt ein Pendelbus.");
        assertThat(live.corrections().get(0).at())
                .isBefore(live.corrections().get(1).at());
        assertThat(live.correctionNote()).contains("Es fährt ein Pendelbus.");
        store.close();
        store = reopen();
        assertThat(store.get(SLUG).corrections()).hasSize(2);
    }

    @Test
    void anEmbargoedPackageIsNotPublishedBeforeItsTime() {
        String text = TestPackages.bridge()
                .replace("author: Testredaktion\n", "author: Testredaktion\nembargo: 2099-01-01T06:00:00+01:00\n");
        PackageRecord rec = store.create(null, Draft.fromText(text), "Reporterin", null);
        store.transition(rec.slug(), State.IN_REVIEW, null, "Reporterin", null);

        assertThatThrownBy(() -> store.transition(SLUG, State.PUBLISHED, null, "Redakteur", null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo("embargo");
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("Sperrfrist").contains("1.1.2099, 06:00 Uhr");
                });
        assertThat(store.get(SLUG).state()).isEqualTo(State.IN_REVIEW);
        assertThat(store.revisions(SLUG)).hasSize(2);
        assertThatThrownBy(() -> store.schedule(SLUG, Instant.parse("2098-12-31T12:00:00Z"), "Redakteur", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("embargo"));
        assertThat(store.schedule(SLUG, Instant.parse("2099-01-01T05:00:00Z"), "Redakteur", null)
                        .scheduledAt())
                .isPresent();

        String past = text.replace("2099-01-01T06:00:00+01:00", "2020-01-01");
        store.save(SLUG, 2, Draft.fromText(past), "Reporterin", null);
        assertThat(store.transition(SLUG, State.PUBLISHED, null, "Redakteur", null)
                        .state())
                .isEqualTo(State.PUBLISHED);
    }

    @Test
    void anEmbargoThatIsNoTimeIsRefusedWhenSaved() {
        String text = TestPackages.bridge()
                .replace("author: Testredaktion\n", "author: Testredaktion\nembargo: morgen früh\n");
        assertThatThrownBy(() -> store.create(null, Draft.fromText(text), "Reporterin", null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_embargo");
                    assertThat(e.getMessage()).contains("morgen früh");
                });
        assertThat(store.count()).isZero();
    }

    @Test
    void aPlannedPublicationGoesOutWhenItIsDueAndOnlyOnce() {
        PackageRecord rec = store.create(null, Draft.fromText(TestPackages.bridge()), "Reporterin", null);
        store.transition(rec.slug(), State.IN_REVIEW, null, "Reporterin", null);
        Instant at = Instant.now().plus(Duration.ofHours(1));

        PackageRecord planned = store.schedule(SLUG, at, "Redakteurin", 2);

        assertThat(planned.scheduledAt()).isPresent();
        assertThat(planned.revision()).isEqualTo(2);
        assertThat(store.publishDue(Instant.now())).isEmpty();
        assertThatThrownBy(() -> store.publicView(SLUG)).isInstanceOf(StoreException.class);

        assertThat(store.publishDue(at.plusSeconds(1))).containsExactly(SLUG);

        PackageRecord live = store.publicView(SLUG);
        assertThat(live.state()).isEqualTo(State.PUBLISHED);
        assertThat(live.scheduledAt()).isEmpty();
        RevisionInfo last = store.revisions(SLUG).get(2);
        assertThat(last.author()).isEqualTo("Redakteurin");
        assertThat(last.summary()).contains("geplante Veröffentlichung");
        assertThat(store.publishDue(at.plusSeconds(60))).isEmpty();
        assertThat(store.revisions(SLUG)).hasSize(3);
    }

    @Test
    void aNewRevisionCancelsThePlanAndOnlyInReviewCanBePlanned() {
        PackageRecord rec = store.create(null, Draft.fromText(TestPackages.bridge()), "Reporterin", null);
        Instant at = Instant.now().plus(Duration.ofHours(1));
        assertThatThrownBy(() -> store.schedule(SLUG, at, "Redakteurin", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("illegal_transition"));
        store.transition(rec.slug(), State.IN_REVIEW, null, "Reporterin", null);
        assertThatThrownBy(() -> store.schedule(SLUG, Instant.now().minusSeconds(60), "Redakteurin", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("schedule_in_past"));
        store.schedule(SLUG, at, "Redakteurin", null);
        store.save(SLUG, 2, Draft.fromText(edited()), "Reporterin", null);
        assertThat(store.get(SLUG).scheduledAt()).isEmpty();
        assertThat(store.publishDue(at.plusSeconds(1))).isEmpty();
        store.schedule(SLUG, at, "Redakteurin", null);
        assertThat(store.cancelSchedule(SLUG, "Redakteurin").scheduledAt()).isEmpty();
        assertThat(store.publishDue(at.plusSeconds(1))).isEmpty();
        assertThat(store.get(SLUG).state()).isEqualTo(State.IN_REVIEW);
    }

    @Test
    void aStoreFromBeforePendingRevisionsShowsWhatItShowedAndKeepsEveryCorrection() throws Exception {
        published(TestPackages.bridge());
        store.transition(SLUG, State.CORRECTED, "Erste Korrektur.", "Redakteur", 3);
        store.save(SLUG, 4, Draft.fromText(edited()), "Reporterin", null);
        store.transition(SLUG, State.CORRECTED, "Zweite Korrektur.", "Redakteur", 5);
        store.save(SLUG, 6, Draft.fromText(TestPackages.bridge()), "Reporterin", null);
        store.close();
        store = null;
        // back to schema version 4, as an older program left it: every save was live, one note on the row
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP INDEX packages_scheduled");
            for (String col : List.of("live_rev", "live_updated_at", "corrections", "scheduled_at", "scheduled_by")) {
                s.execute("ALTER TABLE packages DROP COLUMN " + col);
            }
            s.execute("DELETE FROM schema_version WHERE version = 5");
        }
        store = reopen();
        PackageRecord live = store.publicView(SLUG);
        assertThat(live.revision()).isEqualTo(7);
        assertThat(live.pending()).isFalse();
        assertThat(live.corrections())
                .extracting(CorrectionNote::note)
                .containsExactly("Erste Korrektur.", "Zweite Korrektur.");
    }
}
