package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Addresses (issue 11): renaming before and after the first publication, redirects from old slugs, and deleting a
 * never-published package with everything that belongs to it. Runs unchanged against both setups.
 */
public abstract class AbstractAddressesTest {
    private static final String SLUG = "mainfurt-sperrt-bruecke";
    protected Store store;

    /** A fresh, empty store of the setup under test. */
    protected abstract Store openStore();

    /** The same store opened again (a restart). */
    protected abstract Store reopen();

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

    private PackageRecord bridge() {
        return store.create(null, Draft.fromText(TestPackages.bridge()), "Anna", null);
    }

    private void publish(String slug) {
        store.transition(slug, State.IN_REVIEW, null, "Anna", null);
        store.transition(slug, State.PUBLISHED, null, "Rita", null);
    }

    private List<String> found(String query) {
        return store.search(SearchQuery.of(query)).hits().stream()
                .map(SearchHit::slug)
                .toList();
    }

    @Test
    void aDraftMovesToANewSlugWithoutRedirectAndItsTextFollows() {
        bridge();
        store.sources().put(SLUG, "Die Stadt Mainfurt sperrt die Brücke.");
        PackageRecord moved = store.rename(SLUG, "alte-bruecke-gesperrt", "Anna", 1);
        assertThat(moved.slug()).isEqualTo("alte-bruecke-gesperrt");
        assertThat(moved.revision()).isEqualTo(2);
        assertThat(moved.text()).contains("\nslug: alte-bruecke-gesperrt\n").doesNotContain(SLUG);
        assertThat(moved.pkg().frontMatter().get("slug")).contains("alte-bruecke-gesperrt");
        assertThat(store.find(SLUG)).isEmpty();
        assertThat(store.redirect(SLUG)).isEmpty();
        RevisionInfo last = store.revisions("alte-bruecke-gesperrt").get(1);
        assertThat(last.kind()).isEqualTo(RevisionKind.RENAME);
        assertThat(last.author()).isEqualTo("Anna");
        assertThat(last.summary()).contains(SLUG).contains("alte-bruecke-gesperrt");
        assertThat(store.sources().get("alte-bruecke-gesperrt")).contains("Die Stadt Mainfurt sperrt die Brücke.");
        assertThat(found("Pfeilern")).containsExactly("alte-bruecke-gesperrt");
        // the old address is free again for another package
        assertThat(store.create(SLUG, Draft.fromText(TestPackages.strike()), "Anna", null)
                        .slug())
                .isEqualTo(SLUG);
    }

    @Test
    void aPublishedPackageKeepsItsOldSlugsAsRedirects() {
        bridge();
        publish(SLUG);
        store.rename(SLUG, "bruecke-fuer-lastwagen-gesperrt", "Rita", null);
        store.rename("bruecke-fuer-lastwagen-gesperrt", "alte-bruecke-zu", "Rita", null);
        assertThat(store.redirect(SLUG)).contains("alte-bruecke-zu");
        assertThat(store.redirect("bruecke-fuer-lastwagen-gesperrt")).contains("alte-bruecke-zu");
        assertThat(store.oldSlugs("alte-bruecke-zu"))
                .containsExactlyInAnyOrder(SLUG, "bruecke-fuer-lastwagen-gesperrt");
        assertThat(store.get("alte-bruecke-zu").state()).isEqualTo(State.PUBLISHED);
        assertThat(store.publicView("alte-bruecke-zu").publishedAt()).isPresent();
        // an old address belongs to its package: nobody else can take it, the package itself can go back to it
        assertThatThrownBy(() -> store.create(SLUG, Draft.fromText(TestPackages.strike()), "Anna", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("slug_redirected"));
        assertThatThrownBy(() -> store.importAll(
                        List.of(Draft.fromText(TestPackages.strike())), java.util.Arrays.asList(SLUG), "Import", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.code()).isEqualTo("slug_redirected"));
        store.create(null, Draft.fromText(TestPackages.strike()), "Anna", null);
        String strike = store.list(java.util.Optional.of(State.DRAFT), java.util.Optional.empty(), 1, 0)
                .items()
                .get(0)
                .slug();
        assertThatThrownBy(() -> store.rename(strike, SLUG, "Anna", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT));
        store.rename("alte-bruecke-zu", SLUG, "Rita", null);
        assertThat(store.redirect(SLUG)).isEmpty();
        assertThat(store.redirect("alte-bruecke-zu")).contains(SLUG);
        assertThat(found("Pfeilern")).containsExactly(SLUG);
        store.close();
        store = reopen();
        assertThat(store.redirect("bruecke-fuer-lastwagen-gesperrt")).contains(SLUG);
        assertThat(found("Pfeilern")).containsExactly(SLUG);
    }

    @Test
    void renamesAreRefusedWithOneReason() {
        bridge();
        store.create(null, Draft.fromText(TestPackages.strike()), "Anna", null);
        String other = store.list(java.util.Optional.empty(), java.util.Optional.empty(), 1, 0)
                .items()
                .get(0)
                .slug();
        assertThatThrownBy(() -> store.rename(SLUG, "Groß und Klein", "Anna", null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.BAD_ARGUMENT);
                    assertThat(e.getMessage()).contains("kein gültiger Slug");
                });
        assertThatThrownBy(() -> store.rename(SLUG, SLUG, "Anna", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.BAD_ARGUMENT));
        assertThatThrownBy(() -> store.rename(SLUG, other, "Anna", null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("exists");
                });
        assertThatThrownBy(() -> store.rename(SLUG, "neu", "Anna", 7)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.rename("gibt-es-nicht", "neu", "Anna", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
        assertThat(store.get(SLUG).revision()).isEqualTo(1);
        assertThat(store.get(other).revision()).isEqualTo(1);
    }

    @Test
    void aNeverPublishedPackageIsDeletedWithEverythingThatBelongsToIt() {
        bridge();
        store.save(SLUG, 1, Draft.fromText(TestPackages.bridge().replace("Montag", "Dienstag")), "Anna", null);
        store.transition(SLUG, State.IN_REVIEW, null, "Anna", null);
        store.sources().put(SLUG, "Meldung");
        store.create(null, Draft.fromText(TestPackages.bridge2()), "Anna", null);
        long before = store.count();
        assertThat(found("Pfeilern")).contains(SLUG);

        PackageRecord deleted = store.delete(SLUG, "Anna", 3);
        assertThat(deleted.slug()).isEqualTo(SLUG);
        assertThat(deleted.revision()).isEqualTo(3);
        assertThat(store.find(SLUG)).isEmpty();
        assertThat(store.count()).isEqualTo(before - 1);
        assertThat(store.sources().get(SLUG)).isEmpty();
        assertThat(found("Pfeilern")).doesNotContain(SLUG);
        assertThatThrownBy(() -> store.revisions(SLUG)).isInstanceOf(StoreException.class);
        assertThat(store.list(java.util.Optional.empty(), java.util.Optional.of("Verkehr"), 10, 0)
                        .items())
                .extracting(PackageSummary::slug)
                .doesNotContain(SLUG);
        // the address can be used again, from revision 1
        assertThat(bridge().revision()).isEqualTo(1);
        assertThat(store.revisions(SLUG)).hasSize(1);
        store.close();
        store = reopen();
        assertThat(found("Pfeilern")).contains(SLUG);
    }

    @Test
    void aPackageThatWasEverPublishedCannotBeDeleted() {
        bridge();
        publish(SLUG);
        store.transition(SLUG, State.RETRACTED, "Falsche Angaben", "Rita", null);
        assertThat(store.everPublished(SLUG)).isTrue();
        assertThatThrownBy(() -> store.delete(SLUG, "Rita", null)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.kind()).isEqualTo(StoreException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo("was_published");
        });
        assertThat(store.revisions(SLUG)).hasSize(4);
        assertThatThrownBy(() -> store.delete(SLUG + "-x", "Rita", null))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }
}
