package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.store.ConflictException;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Revision;
import de.ozd.newsroom.store.RevisionKind;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.StoreException;
import de.ozd.newsroom.store.internal.RevisionWriter.Append;
import java.util.List;
import java.util.Optional;

/**
 * Editing one package: create, save on a base revision, move through the workflow, restore an old revision. Each
 * is one transaction appending one revision; the rules and their German refusals live here.
 */
public final class Workflow {
    private final PackageRules rules;
    private final RevisionWriter writer;
    private final IndexSync sync;

    public Workflow(PackageRules rules, RevisionWriter writer, IndexSync sync) {
        this.rules = rules;
        this.writer = writer;
        this.sync = sync;
    }

    public PackageRecord create(String slug, Draft draft, String author, String message) {
        rules.validate(draft, author, message);
        String chosen = PackageRules.chooseSlug(slug, draft.pkg());
        return sync.write(c -> {
            if (PackageRows.find(c, chosen).isPresent()) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "exists",
                        "Ein Paket „" + chosen + "“ gibt es schon: speichern Sie es als "
                                + "neue Revision oder wählen Sie einen anderen Slug.");
            }
            Addresses.refuseRedirected(c, chosen);
            String summary = message == null || message.isBlank() ? "angelegt" : "angelegt: " + message.strip();
            return appendOne(
                    c,
                    new Append(
                            null, chosen, draft, Times.now(), author, RevisionKind.CREATE, summary, State.DRAFT, null));
        });
    }

    public PackageRecord save(String slug, int baseRevision, Draft draft, String author, String message) {
        rules.validate(draft, author, message);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), draft.text());
            }
            PackageRules.refuseRetracted(row);
            return appendOne(
                    c,
                    new Append(
                            row,
                            slug,
                            draft,
                            Times.now(),
                            author,
                            RevisionKind.SAVE,
                            RevisionWriter.changeSummary(row, draft.pkg(), message),
                            row.state(),
                            null));
        });
    }

    public PackageRecord transition(String slug, State to, String note, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        rules.checkNote(cleanNote);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            refuseIllegal(row, to, cleanNote);
            Draft same = new Draft(PackageJson.read(row.json()), row.text(), row.json());
            String summary = "Status: " + row.state().german() + " → " + to.german();
            return appendOne(
                    c,
                    new Append(row, slug, same, Times.now(), author, RevisionKind.TRANSITION, summary, to, cleanNote));
        });
    }

    private static void refuseIllegal(PackageRow row, State to, String note) {
        if (!row.state().next().contains(to)) {
            List<String> allowed = row.state().next().stream()
                    .map(s -> "„" + s.german() + "“ (" + s.key() + ")")
                    .toList();
            throw new StoreException(
                    StoreException.Kind.CONFLICT,
                    "illegal_transition",
                    "Paket „" + row.slug() + "“ ist „" + row.state().german()
                            + "“ und kann nicht nach „" + to.german() + "“ wechseln. "
                            + (allowed.isEmpty()
                                    ? "Ein zurückgezogener Artikel bleibt zurückgezogen."
                                    : "Erlaubt: " + String.join(", ", allowed) + "."));
        }
        if ((to == State.CORRECTED || to == State.RETRACTED) && note == null) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "note_required",
                    to == State.CORRECTED
                            ? "Eine Korrektur braucht einen Korrekturhinweis für die Leser (note)."
                            : "Ein Rückzug braucht eine Begründung für die Leser (note).");
        }
    }

    public PackageRecord restore(String slug, int revision, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            PackageRules.refuseRetracted(row);
            Revision old = PackageRows.loadRevision(c, row.id(), revision)
                    .orElseThrow(() -> new StoreException(
                            StoreException.Kind.NOT_FOUND,
                            "revision_not_found",
                            "Paket „" + slug + "“ hat keine Revision " + revision + "."));
            String summary = "Revision " + revision + " wiederhergestellt ("
                    + PackageText.changes(Optional.of(PackageJson.read(row.json())), old.pkg()) + ")";
            return appendOne(
                    c,
                    new Append(
                            row,
                            slug,
                            new Draft(old.pkg(), old.text()),
                            Times.now(),
                            author,
                            RevisionKind.RESTORE,
                            summary,
                            row.state(),
                            null));
        });
    }

    private PackageRecord appendOne(java.sql.Connection c, Append append) throws java.sql.SQLException {
        return writer.appendAll(c, List.of(append)).get(0);
    }
}
