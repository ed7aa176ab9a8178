package de.ozd.newsroom.store.internal.search;

import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import de.ozd.newsroom.store.search.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded setup's search: a Lucene index under {@code data/index}, one document per package (current
 * revision). Changes are visible to the next search (near-real-time reader) and committed a second after the
 * last change, every 30 s during a stream of changes, and on close; the commit records the last database change it
 * contains, and {@link Store} re-adds what came after it on open.
 */
public final class LuceneIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String CHANGE_KEY = "ozd.lastChange";
    private static final int COMMIT_EVERY_SECONDS = 30;
    private static final String FORMAT_KEY = "ozd.indexFormat";
    /** What a document holds (fields and how they are indexed); an index of another format is rebuilt on open. */
    private static final String FORMAT = "2";
    /**
     * The reversed words only answer prefix queries, which score every match alike: the field needs no frequencies,
     * positions or norms, and indexing it without them saves a third of the inversion work.
     */
    private static final FieldType SUFFIX_TYPE = suffixType();

    private final LuceneQueries queries = new LuceneQueries();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;
    private volatile long lastChange;
    private volatile boolean stale;
    private volatile boolean dirty;
    private volatile boolean unrefreshed;
    private volatile boolean rebuildNeeded;
    private volatile long lastWrite = System.nanoTime();
    private volatile long lastCommit = System.nanoTime();

    private LuceneIndex(FSDirectory dir, IndexWriter writer, long lastChange) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.lastChange = lastChange;
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ozd-index-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Opens the index to be rebuilt: where it cannot be opened (damaged, half-deleted, from another program), its
     * folder is emptied and a new, empty index is made. A lock held by another process is still refused.
     */
    public static LuceneIndex openEmptyIfDamaged(Path path) {
        try {
            return open(path);
        } catch (StoreException e) {
            if (!e.code().equals("index_unavailable")) {
                throw e;
            }
        } catch (RuntimeException e) {
            // a readable index with unreadable commit data (NumberFormatException …): damaged as well
        }
        try {
            if (java.nio.file.Files.exists(path)) {
                try (var walk = java.nio.file.Files.walk(path)) {
                    for (Path p :
                            walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (!p.equals(path)) {
                            java.nio.file.Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(
                    StoreException.Kind.UNAVAILABLE,
                    "index_unavailable",
                    "Der beschädigte Suchindex unter " + path + " kann nicht gelöscht werden (" + e.getMessage()
                            + "); löschen Sie den Ordner von Hand und rufen Sie „ozd reindex“ noch einmal auf.");
        }
        return open(path);
    }

    public static LuceneIndex open(Path path) {
        try {
            FSDirectory dir = FSDirectory.open(path);
            IndexWriterConfig iwc = new IndexWriterConfig(new GermanNewsAnalyzer(false));
            iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            iwc.setRAMBufferSizeMB(128);
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, iwc);
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new StoreException(
                        StoreException.Kind.UNAVAILABLE,
                        "data_locked",
                        "Das Datenverzeichnis " + path.getParent()
                                + " wird gerade von einem anderen ozd-Prozess benutzt (z. B. ozd serve): beenden Sie ihn oder "
                                + "nutzen Sie die API.");
            }
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            boolean outdated = writer.getDocStats().numDocs > 0 && !FORMAT.equals(data.get(FORMAT_KEY));
            if (outdated) {
                writer.deleteAll();
            }
            LuceneIndex index =
                    new LuceneIndex(dir, writer, outdated ? 0 : Long.parseLong(data.getOrDefault(CHANGE_KEY, "0")));
            index.rebuildNeeded = outdated;
            return index;
        } catch (IOException e) {
            throw new StoreException(
                    StoreException.Kind.UNAVAILABLE,
                    "index_unavailable",
                    "Der Suchindex unter " + path + " kann nicht geöffnet werden (" + e.getMessage()
                            + "); „ozd reindex“ baut ihn neu auf.");
        }
    }

    private static FieldType suffixType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /**
     * Whether the index was emptied on open because it was written in an older format: the caller rebuilds it from
     * the database (the index is never the only copy of anything).
     */
    public boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    /** The last database change contained in the last commit. */
    public long committedChange() {
        return lastChange;
    }

    public boolean isStale() {
        return stale;
    }

    /** After a failed update: the recorded change stops advancing, so the next open catches up. */
    public void markStale() {
        stale = true;
    }

    /**
     * Adds or replaces the package's document; {@code change} is its database change number (0: unknown);
     * the next search sees it.
     */
    public void put(PackageRecord rec, long change) {
        Document doc = new Document();
        doc.add(new StringField("slug", rec.slug(), Field.Store.YES));
        String body = de.ozd.newsroom.store.internal.PackageText.body(rec.pkg());
        // Headline and body are analyzed once; the suffix field takes the same tokens reversed.
        AnalyzedText headline = AnalyzedText.of(writer.getAnalyzer(), "headline", rec.headline());
        AnalyzedText text = AnalyzedText.of(writer.getAnalyzer(), "body", body);
        doc.add(new Field("headline", headline.replay(), TextField.TYPE_NOT_STORED));
        doc.add(new StoredField("headline", rec.headline()));
        doc.add(new Field("body", text.replay(), TextField.TYPE_NOT_STORED));
        doc.add(new StoredField("body", body));
        doc.add(new TextField("tags", String.join(", ", rec.tags()), Field.Store.NO));
        doc.add(new Field(
                "suffix", AnalyzedText.concat(headline, text).replay(true, LuceneQueries.MIN_HEAD), SUFFIX_TYPE));
        doc.add(new StringField("state", rec.state().key(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField("f_state", new BytesRef(rec.state().key())));
        if (rec.pubDate() != null) {
            doc.add(new StringField("date", rec.pubDate().toString(), Field.Store.YES));
        }
        facet(doc, "tag", rec.tags());
        facet(doc, "person", rec.entities().persons());
        facet(doc, "place", rec.entities().places());
        facet(doc, "organisation", rec.entities().organisations());
        try {
            writer.updateDocument(new Term("slug", rec.slug()), doc);
            lastWrite = System.nanoTime();
            dirty = true;
            unrefreshed = true;
            if (change > 0 && !stale) {
                lastChange = Math.max(lastChange, change);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces many documents on all cores (IndexWriter takes concurrent updates); {@code maxChange} is the
     * largest database change among them. The next search sees them.
     */
    public void putAll(List<PackageRecord> recs, long maxChange) {
        recs.parallelStream().forEach(r -> put(r, 0));
        if (maxChange > 0 && !stale) {
            lastChange = Math.max(lastChange, maxChange);
        }
    }

    private static void facet(Document doc, String kind, List<String> values) {
        for (String v : values) {
            doc.add(new StringField(kind, Store.fold(v), Field.Store.NO));
            doc.add(new SortedSetDocValuesField("f_" + kind, new BytesRef(v)));
        }
    }

    /** Removes the document of {@code slug} (a renamed or deleted package); the next search no longer finds it. */
    public void remove(String slug) {
        try {
            writer.deleteDocuments(new Term("slug", slug));
            lastWrite = System.nanoTime();
            dirty = true;
            unrefreshed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many packages the index holds now (uncommitted changes included). */
    public int documentCount() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /** Empties the index (for a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
            lastChange = 0;
            stale = false;
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits; {@code change ≥ 0} sets the recorded database change (after a rebuild or catch-up). */
    public synchronized void commit(long change) {
        if (change >= 0) {
            lastChange = change;
            stale = false;
            rebuildNeeded = false;
        }
        try {
            writer.setLiveCommitData(Map.of(CHANGE_KEY, Long.toString(lastChange), FORMAT_KEY, FORMAT)
                    .entrySet());
            writer.commit();
            lastCommit = System.nanoTime();
            dirty = false;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Set while the background commit keeps failing, so that a failure streak is logged once. */
    private volatile boolean commitFailing;

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * Commits a second after the last change, and every {@value #COMMIT_EVERY_SECONDS} s while changes keep coming: each
     * commit writes the changes since the last one as a new segment and syncs it, and during a bulk import commits
     * every second made many small segments that cost more to merge than to write.
     */
    private void commitQuietly() {
        long now = System.nanoTime();
        boolean settled = now - lastWrite >= TimeUnit.SECONDS.toNanos(1);
        if (dirty && (settled || now - lastCommit >= TimeUnit.SECONDS.toNanos(COMMIT_EVERY_SECONDS))) {
            try {
                commit(-1);
                if (commitFailing) {
                    commitFailing = false;
                    LOG.info("search index commit succeeded again");
                }
            } catch (RuntimeException | Error e) {
                // The next tick tries again; the database is the master copy. Logged once per failure streak, with
                // the exception's class and message (file names, never package text).
                if (!commitFailing) {
                    commitFailing = true;
                    LOG.warn("search index commit failed, retrying every second: {}", describe(e));
                }
            }
        }
    }

    @Override
    public SearchResult search(SearchQuery q) {
        Query text = queries.text(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        q.state().ifPresent(s -> {
            if (s.equals(SearchQuery.PUBLIC)) {
                b.add(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("state", "published")), Occur.SHOULD)
                                .add(new TermQuery(new Term("state", "corrected")), Occur.SHOULD)
                                .build(),
                        Occur.FILTER);
            } else {
                b.add(new TermQuery(new Term("state", s)), Occur.FILTER);
            }
        });
        q.tag().ifPresent(s -> b.add(new TermQuery(new Term("tag", Store.fold(s))), Occur.FILTER));
        q.person().ifPresent(s -> b.add(new TermQuery(new Term("person", Store.fold(s))), Occur.FILTER));
        q.place().ifPresent(s -> b.add(new TermQuery(new Term("place", Store.fold(s))), Occur.FILTER));
        q.organisation().ifPresent(s -> b.add(new TermQuery(new Term("organisation", Store.fold(s))), Occur.FILTER));
        if (q.dateFrom().isPresent() || q.dateTo().isPresent()) {
            b.add(
                    TermRangeQuery.newStringRange(
                            "date", q.dateFrom().orElse(null), q.dateTo().orElse(null), true, true),
                    Occur.FILTER);
        }
        Query query = b.build();
        IndexSearcher searcher = acquire();
        try {
            FacetCounter facets = searcher.search(query, new CollectorManager<FacetCounter, FacetCounter>() {
                @Override
                public FacetCounter newCollector() {
                    return new FacetCounter();
                }

                @Override
                public FacetCounter reduce(java.util.Collection<FacetCounter> collectors) throws IOException {
                    FacetCounter all = new FacetCounter();
                    for (FacetCounter c : collectors) {
                        c.flushSegment();
                        all.hits += c.hits;
                        c.counts.forEach(
                                (k, m) -> m.forEach((v, n) -> all.counts.get(k).merge(v, n, Long::sum)));
                    }
                    return all;
                }
            });
            long total = facets.hits;
            TopDocs top = searcher.search(query, Math.max(1, q.offset() + q.limit()));
            ScoreDoc[] page = java.util.Arrays.copyOfRange(
                    top.scoreDocs,
                    Math.min(q.offset(), top.scoreDocs.length),
                    Math.min(q.offset() + q.limit(), top.scoreDocs.length));
            Snippets snippets = Snippets.forQuery(queries.plain(), q.text());
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : page) {
                hits.add(hit(searcher, sd, snippets));
            }
            return new SearchResult(total, hits, facets.top());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** A hit with its snippet ({@code snippets} null: the body's start). */
    private SearchHit hit(IndexSearcher searcher, ScoreDoc sd, Snippets snippets) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String body = d.get("body");
        return new SearchHit(
                d.get("slug"),
                d.get("headline"),
                State.byKey(d.get("state")).orElseThrow(),
                de.ozd.newsroom.store.internal.Times.dateOrNull(d.get("date")),
                Float.isNaN(sd.score) ? 0 : sd.score,
                snippets == null ? Snippets.start(body) : snippets.of(body));
    }

    /** Facet counts over all matches, counted by ordinal per segment (strings are looked up once per segment). */
    private static final class FacetCounter extends SimpleCollector {
        final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long hits;
        private final SortedSetDocValues[] dv = new SortedSetDocValues[SearchResult.FACETS.size()];
        private final long[][] perOrd = new long[SearchResult.FACETS.size()][];

        FacetCounter() {
            for (String f : SearchResult.FACETS) {
                counts.put(f, new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            for (int f = 0; f < dv.length; f++) {
                dv[f] = context.reader().getSortedSetDocValues("f_" + SearchResult.FACETS.get(f));
                perOrd[f] =
                        dv[f] == null ? null : new long[(int) Math.min(Integer.MAX_VALUE - 8, dv[f].getValueCount())];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            for (int f = 0; f < dv.length; f++) {
                SortedSetDocValues v = dv[f];
                if (v != null && v.advanceExact(doc)) {
                    for (int i = 0; i < v.docValueCount(); i++) {
                        perOrd[f][(int) v.nextOrd()]++;
                    }
                }
            }
        }

        void flushSegment() throws IOException {
            for (int f = 0; f < dv.length; f++) {
                if (dv[f] == null) {
                    continue;
                }
                Map<String, Long> m = counts.get(SearchResult.FACETS.get(f));
                for (int ord = 0; ord < perOrd[f].length; ord++) {
                    if (perOrd[f][ord] > 0) {
                        m.merge(dv[f].lookupOrd(ord).utf8ToString(), perOrd[f][ord], Long::sum);
                    }
                }
                dv[f] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, Map<String, Long>> top() throws IOException {
            flushSegment();
            return Facets.top(counts);
        }
    }

    @Override
    public List<SearchHit> related(String slug, int limit) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term("slug", slug)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(queries.plain());
            mlt.setFieldNames(new String[] {"headline", "body", "tags"});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(self.scoreDocs[0].doc);
            Query query = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new Term("slug", slug)), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(query, limit);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher, sd, null));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * A searcher that sees every change so far. Writes do not reopen the reader themselves: a reopen flushes the
     * writer's buffer into a new segment, and one per write (or per bulk batch) left hundreds of tiny segments to
     * merge during an import; the first search after writes reopens it once.
     */
    private IndexSearcher acquire() {
        try {
            if (unrefreshed) {
                unrefreshed = false;
                searchers.maybeRefreshBlocking();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // No shutdownNow: interrupting a commit in progress closes Lucene's file channels and with them the writer.
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit(-1);
        } finally {
            try {
                searchers.close();
                writer.close();
                dir.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
