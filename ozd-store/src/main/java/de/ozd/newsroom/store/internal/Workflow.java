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
import java.time.Instant;
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
        return transition(slug, to, note, author, baseRevision, Instant.now(), null);
    }

    /**
     * A transition at {@code now} (the embargo is compared with it); {@code planned}: the summary of a planned
     * publication made by {@link #publishDue}, which also requires the plan to be still in place.
     */
    private PackageRecord transition(
            String slug, State to, String note, String author, Integer baseRevision, Instant now, String planned) {
        rules.checkAuthor(author);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        rules.checkNote(cleanNote);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            if (planned != null
                    && (row.scheduledAt() == null || row.scheduledAt().compareTo(Times.format(now)) > 0)) {
                return null;
            }
            refuseIllegal(row, to, cleanNote);
            Draft same = new Draft(PackageJson.read(row.json()), row.text(), row.json());
            if (to.isPublic()) {
                // a publication and a correction both put the head before readers
                PackageRules.refuseEmbargoed(slug, same.pkg(), now);
            }
            String summary =
                    planned != null ? planned : "Status: " + row.state().german() + " → " + to.german();
            if (to == State.CORRECTED && row.liveRev() != null && row.liveRev() != row.rev()) {
                summary += " (veröffentlicht Revision " + row.rev() + ", bisher Revision " + row.liveRev() + ")";
            }
            return appendOne(
                    c,
                    new Append(row, slug, same, Times.now(), author, RevisionKind.TRANSITION, summary, to, cleanNote));
        });
    }

    /**
     * Publishes a public package's pending head as an update: readers see it from now on, marked „Aktualisiert am
     * …“. Refused when nothing is pending, for packages that are not public, and under embargo.
     */
    public PackageRecord publishUpdate(String slug, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            if (!row.state().isPublic()) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "illegal_transition",
                        "Paket „" + slug + "“ ist „" + row.state().german() + "“: als Aktualisierung veröffentlichen "
                                + "lässt sich nur ein veröffentlichter oder korrigierter Artikel.");
            }
            if (row.liveRev() != null && row.liveRev() == row.rev()) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "nothing_pending",
                        "Paket „" + slug + "“ hat keine unveröffentlichte Änderung: die Leser sehen schon Revision "
                                + row.rev() + ".");
            }
            Draft same = new Draft(PackageJson.read(row.json()), row.text(), row.json());
            PackageRules.refuseEmbargoed(slug, same.pkg(), Instant.now());
            String summary = "als Aktualisierung veröffentlicht (Revision " + row.rev()
                    + (row.liveRev() == null ? "" : ", bisher Revision " + row.liveRev()) + ")";
            return appendOne(
                    c,
                    new Append(row, slug, same, Times.now(), author, RevisionKind.UPDATE, summary, row.state(), null));
        });
    }

    /**
     * Plans the publication of an in_review package at {@code at} (later than now, not before its embargo). No
     * revision: the plan sits on the package row until it is carried out ({@link #publishDue}), cancelled, or a new
     * revision clears it.
     */
    public PackageRecord schedule(String slug, Instant at, String author, Integer baseRevision) {
        rules.checkAuthor(author);
        Instant now = Instant.now();
        if (!at.isAfter(now)) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "schedule_in_past",
                    "Der geplante Zeitpunkt " + Times.german(at) + " liegt nicht in der Zukunft; veröffentlichen Sie "
                            + "sofort oder wählen Sie eine spätere Zeit.");
        }
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            if (baseRevision != null && row.rev() != baseRevision) {
                throw new ConflictException(slug, baseRevision, row.rev(), null);
            }
            if (row.state() != State.IN_REVIEW) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT,
                        "illegal_transition",
                        "Paket „" + slug + "“ ist „" + row.state().german() + "“: planen lässt sich nur die "
                                + "Veröffentlichung eines Pakets „in Prüfung“.");
            }
            PackageRules.refuseEmbargoed(slug, PackageJson.read(row.json()), at);
            setPlan(c, row, Times.format(at), author.strip());
            return reread(c, slug);
        });
    }

    /** Cancels a planned publication (nothing happens when none is planned). */
    public PackageRecord cancelSchedule(String slug, String author) {
        rules.checkAuthor(author);
        return sync.write(c -> {
            PackageRow row = PackageRows.get(c, slug);
            setPlan(c, row, null, null);
            return reread(c, slug);
        });
    }

    private static void setPlan(java.sql.Connection c, PackageRow row, String at, String by)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "UPDATE packages SET scheduled_at = ?, scheduled_by = ? WHERE id = ? AND current_rev = ?")) {
            ps.setString(1, at);
            ps.setString(2, by);
            ps.setLong(3, row.id());
            ps.setInt(4, row.rev());
            if (ps.executeUpdate() == 0) {
                throw new ConflictException(row.slug(), row.rev(), -1, null);
            }
        }
    }

    private PackageRecord reread(java.sql.Connection c, String slug) throws java.sql.SQLException {
        PackageRow row = PackageRows.get(c, slug);
        return rules.record(row, PackageJson.read(row.json()));
    }

    /**
     * Carries out every planned publication due at {@code now}: each package is published by whoever planned it,
     * in a transaction of its own. Safe with several server instances on one database: a package another instance
     * published first is a conflict here and skipped. Returns the slugs this call published.
     */
    /** A planned publication: package, the revision it was planned on, who planned it, for when. */
    public record Due(String slug, int rev, String by, Instant at) {}

    public List<String> publishDue(Instant now, List<Due> due) {
        List<String> done = new java.util.ArrayList<>();
        for (Due d : due) {
            String slug = d.slug();
            try {
                PackageRecord rec = transition(
                        slug,
                        State.PUBLISHED,
                        null,
                        d.by(),
                        d.rev(),
                        now,
                        "geplante Veröffentlichung (geplant von " + d.by() + " für " + Times.german(d.at()) + ")");
                if (rec != null) {
                    done.add(slug);
                }
            } catch (StoreException e) {
                // published or changed by someone else meanwhile (another instance, an editor: a conflict), or no
                // longer publishable: the package stays where it is, the desk shows it
            }
        }
        return done;
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
