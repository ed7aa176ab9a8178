package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionInfo;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.internal.RevisionWriter.Append;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk import (many drafts in one transaction) and the restore of a package's whole history from an export. The
 * drafts of a batch are looked up and written together; a slug that occurs twice in a batch starts a new run, so
 * its second draft is written on top of its first.
 */
public final class BulkImport {
    private final PackageRules rules;
    private final RevisionWriter writer;
    private final IndexSync sync;

    public BulkImport(PackageRules rules, RevisionWriter writer, IndexSync sync) {
        this.rules = rules;
        this.writer = writer;
        this.sync = sync;
    }

    public List<Store.ImportOutcome> importAll(List<Draft> drafts, List<String> slugs, String author, String message) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            rules.validate(drafts.get(i), author, message);
            chosen.add(PackageRules.chooseSlug(slugs.get(i), drafts.get(i).pkg()));
        }
        List<Store.ImportOutcome> outcomes = new ArrayList<>();
        sync.writeAll(c -> {
            outcomes.clear();
            List<PackageRecord> written = new ArrayList<>();
            int from = 0;
            while (from < drafts.size()) {
                int to = runEnd(chosen, from);
                written.addAll(
                        importRun(c, drafts.subList(from, to), chosen.subList(from, to), author, message, outcomes));
                from = to;
            }
            return written;
        });
        return List.copyOf(outcomes);
    }

    /** The end of the run starting at {@code from}: the first index whose slug occurred in the run already. */
    private static int runEnd(List<String> slugs, int from) {
        Set<String> seen = new HashSet<>();
        int i = from;
        while (i < slugs.size() && seen.add(slugs.get(i))) {
            i++;
        }
        return i;
    }

    private List<PackageRecord> importRun(
            Connection c,
            List<Draft> drafts,
            List<String> slugs,
            String author,
            String message,
            List<Store.ImportOutcome> outcomes)
            throws SQLException {
        Map<String, PackageRow> existing = PackageRows.findAll(c, slugs);
        Addresses.refuseRedirected(
                c, slugs.stream().filter(s -> !existing.containsKey(s)).toList());
        List<Append> appends = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            PackageRow row = existing.get(slugs.get(i));
            if (row == null) {
                appends.add(new Append(
                        null,
                        slugs.get(i),
                        draft,
                        Times.now(),
                        author,
                        RevisionKind.IMPORT,
                        message == null ? "angelegt" : message,
                        State.DRAFT,
                        null));
                outcomes.add(Store.ImportOutcome.CREATED);
            } else if (row.text().equals(draft.text())) {
                outcomes.add(Store.ImportOutcome.UNCHANGED);
            } else {
                PackageRules.refuseRetracted(row);
                appends.add(new Append(
                        row,
                        row.slug(),
                        draft,
                        Times.now(),
                        author,
                        RevisionKind.IMPORT,
                        RevisionWriter.changeSummary(row, draft.pkg(), message),
                        row.state(),
                        null));
                outcomes.add(Store.ImportOutcome.SAVED);
            }
        }
        return appends.isEmpty() ? List.of() : writer.appendAll(c, appends);
    }

    /**
     * Restores a package with its whole history: revisions keep number, author, time, kind and state. Returns false,
     * changing nothing, when the slug exists already.
     */
    public boolean importHistory(String slug, List<Revision> history) {
        if (history.isEmpty()) {
            throw StoreException.invalid("Die Historie von „" + slug + "“ ist leer.");
        }
        List<Revision> revs = new ArrayList<>(history);
        revs.sort(Comparator.comparingInt(r -> r.info().revision()));
        for (int i = 0; i < revs.size(); i++) {
            if (revs.get(i).info().revision() != i + 1) {
                throw StoreException.invalid(
                        "Die Historie von „" + slug + "“ ist lückenhaft: Revision " + (i + 1) + " fehlt.");
            }
            rules.validate(
                    new Draft(revs.get(i).pkg(), revs.get(i).text()),
                    revs.get(i).info().author());
        }
        PackageRules.checkSlug(slug);
        PackageRecord done = sync.write(c -> {
            if (PackageRows.find(c, slug).isPresent()) {
                return null;
            }
            Addresses.refuseRedirected(c, slug);
            PackageRow row = null;
            PackageRecord last = null;
            for (Revision r : revs) {
                RevisionInfo in = r.info();
                last = writer.appendAll(
                                c,
                                List.of(new Append(
                                        row,
                                        slug,
                                        new Draft(r.pkg(), r.text()),
                                        Times.format(in.createdAt()),
                                        in.author(),
                                        in.kind(),
                                        in.summary(),
                                        in.state(),
                                        in.note().orElse(null))))
                        .get(0);
                row = PackageRows.get(c, slug);
            }
            // what the search index takes: readers' view when the history ends in a pending edit
            PackageRow live = PackageRows.live(c, row);
            return live == row ? last : rules.record(live, PackageJson.read(live.json()));
        });
        return done != null;
    }
}
