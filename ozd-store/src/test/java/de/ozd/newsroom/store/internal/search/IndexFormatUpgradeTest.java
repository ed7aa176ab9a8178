package de.ozd.newsroom.store.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.TestPackages;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an earlier version (the suffix field with positions, no format mark) is rebuilt from the
 * database on open: writing to it would fail on the changed field, and searching it would miss what it lacks.
 */
class IndexFormatUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anIndexOfTheOldFormatIsRebuiltOnOpen() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            store.create(null, Draft.fromText(TestPackages.bridge()), "Test", null);
            store.create(null, Draft.fromText(TestPackages.strike()), "Test", null);
        }
        // What the previous version wrote: the suffix field indexed with positions, and only the change number.
        try (FSDirectory fs = FSDirectory.open(data.resolve("index"));
                IndexWriter old = new IndexWriter(
                        fs,
                        new IndexWriterConfig(new GermanNewsAnalyzer(false))
                                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document doc = new Document();
            doc.add(new StringField("slug", "mainfurt-sperrt-bruecke", Field.Store.YES));
            doc.add(new TextField("suffix", "kcurbniam", Field.Store.NO));
            old.updateDocument(new Term("slug", "mainfurt-sperrt-bruecke"), doc);
            old.setLiveCommitData(Map.of("ozd.lastChange", "999").entrySet());
            old.commit();
        }
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            assertThat(store.search(SearchQuery.of("Warnstreik")).hits())
                    .extracting(SearchHit::slug)
                    .containsExactly("hafen-kielsund-streik");
            store.save(
                    "mainfurt-sperrt-bruecke",
                    1,
                    Draft.fromText(TestPackages.bridge().replace("Montag", "Freitag")),
                    "Test",
                    null);
            assertThat(store.search(SearchQuery.of("Freitag")).hits())
                    .extracting(SearchHit::slug)
                    .containsExactly("mainfurt-sperrt-bruecke");
            assertThat(store.search(SearchQuery.of("")).total()).isEqualTo(2);
        }
    }
}
