package de.ozd.newsroom.server;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.CheckMode;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one gate between a package and its readers, for the desk and the API alike. Publishing (and correcting, which
 * puts the text out again) runs the house check {@linkplain CheckMode#PUBLICATION for publication} first: a package
 * with check errors, a left-over {@code [Redaktion: …]} placeholder (OZD025) or a machine-drafted section nobody has
 * reviewed is refused with the list of what stands in the way. A Redakteur may publish unreviewed machine sections
 * explicitly labelled as machine-made; that choice is written into the package first (the sections' provenance
 * names who made it and when, and the revision note says so), so every output shows the label and the record
 * shows who decided.
 */
public final class PublishGate {
    private PublishGate() {}

    /** What stands in the way: house findings that are errors for publication, and unreviewed machine sections. */
    public record Refusal(List<Diagnostic> findings, List<Section> unreviewed) {
        public Refusal {
            findings = List.copyOf(findings);
            unreviewed = List.copyOf(unreviewed);
        }

        public boolean isEmpty() {
            return findings.isEmpty() && unreviewed.isEmpty();
        }

        /** One German line per obstacle, for people. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (Diagnostic d : findings) {
                out.add("Zeile " + d.line() + ", Spalte " + d.column() + " (" + d.rule() + "): " + d.message());
            }
            for (Section s : unreviewed) {
                out.add("Abschnitt „" + s.key() + "“ ist maschinell entworfen und noch nicht geprüft (prüfen oder "
                        + "als maschinell gekennzeichnet veröffentlichen).");
            }
            return out;
        }

        /** One German sentence saying how much is in the way. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (!findings.isEmpty()) {
                parts.add(
                        findings.size() == 1
                                ? "ein Befund der Hausprüfung"
                                : findings.size() + " Befunde der Hausprüfung");
            }
            if (!unreviewed.isEmpty()) {
                parts.add(
                        unreviewed.size() == 1
                                ? "ein ungeprüfter maschinell entworfener Abschnitt"
                                : unreviewed.size() + " ungeprüfte maschinell entworfene Abschnitte");
            }
            return "Nicht veröffentlicht: " + String.join(" und ", parts) + ".";
        }
    }

    /** Thrown by {@link #transition} when the gate refuses; nothing was stored. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.summary());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Whether a move to {@code to} puts the text before readers, so the gate runs: published and corrected. */
    public static boolean guards(State to) {
        return to == State.PUBLISHED || to == State.CORRECTED;
    }

    /**
     * What stands between {@code text} (the package {@code pkg}) and publication; empty when it may go out. With
     * {@code machineLabel} unreviewed machine sections are let through (they go out labelled as machine-made).
     */
    public static Refusal check(EditorialDesk desk, String text, ArticlePackage pkg, boolean machineLabel) {
        List<Diagnostic> errors = desk.check(text, Optional.empty(), false, CheckMode.PUBLICATION).stream()
                .filter(Diagnostic::isError)
                .toList();
        return new Refusal(errors, machineLabel ? List.of() : unreviewed(pkg));
    }

    /** The machine-drafted sections of {@code pkg} that no editor has reviewed, in house order. */
    public static List<Section> unreviewed(ArticlePackage pkg) {
        return pkg.provenance().sections().entrySet().stream()
                .filter(e -> e.getValue().needsMachineLabel())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Moves {@code current} to {@code to} through the gate. For published and corrected the gate runs first
     * ({@link Refused} when it refuses, nothing stored). With {@code machineLabel}, unreviewed machine sections
     * that carry no label decision yet are first saved as labelled by {@code by} (a revision of its own, noted),
     * then the package moves; the audit log records the choice. Only the revision the gate checked is moved (a
     * save in between is the store's conflict). Store refusals (illegal move, missing note, stale {@code
     * baseRevision}) are thrown as they are, the legal-move and note checks before anything is saved.
     *
     * @param author the revision author (who, as the store records it)
     * @param by the identity that decides (account or token name), for the provenance and the audit log
     */
    public static PackageRecord transition(
            Store store,
            EditorialDesk desk,
            PackageRecord current,
            State to,
            String note,
            String author,
            String by,
            Integer baseRevision,
            boolean machineLabel,
            Clock clock) {
        if (!guards(to)
                || !current.state().next().contains(to)
                || (baseRevision != null && baseRevision != current.revision())) {
            // not a move to readers, or one the store refuses anyway (illegal, stale): it says why, storing nothing
            return store.transition(current.slug(), to, note, author, baseRevision);
        }
        Refusal refusal = check(desk, current.text(), current.pkg(), machineLabel);
        if (!refusal.isEmpty()) {
            throw new Refused(refusal);
        }
        // only the revision the gate checked goes out: a save in between is a conflict, not an unchecked publication
        int checked = current.revision();
        List<Section> toLabel = machineLabel
                ? unreviewed(current.pkg()).stream()
                        .filter(s -> current.pkg()
                                .provenance()
                                .orHuman(s)
                                .machineLabel()
                                .isEmpty())
                        .toList()
                : List.of();
        boolean noteMissing = to == State.CORRECTED && (note == null || note.isBlank());
        if (toLabel.isEmpty() || noteMissing) {
            // nothing to record first, or the store refuses the move for want of a note: it says why
            return store.transition(current.slug(), to, note, author, checked);
        }
        java.time.Instant now = clock.instant();
        Draft labelled = withProvenance(current.text(), desk.house(), p -> {
            Provenance out = p;
            for (Section s : toLabel) {
                out = out.with(s, p.orHuman(s).markLabelled(by, now));
            }
            return out;
        });
        String keys = String.join(", ", toLabel.stream().map(Section::key).toList());
        PackageRecord saved = store.save(
                current.slug(),
                checked,
                labelled,
                author,
                "als maschinell erstellt gekennzeichnet veröffentlicht (ungeprüft): " + keys);
        store.accounts().audit(by, "publish_machine_label", current.slug(), keys);
        return store.transition(current.slug(), to, note, author, saved.revision());
    }

    /**
     * The house text {@code text} with its provenance changed by {@code change}, every other line kept as the
     * editor wrote it (only the front matter is rewritten).
     */
    static Draft withProvenance(String text, HouseConfig house, UnaryOperator<Provenance> change) {
        ParseResult parsed = new PackageParser(house).parse(text);
        ArticlePackage pkg =
                parsed.pkg().withProvenance(change.apply(parsed.pkg().provenance()));
        return Draft.fromText(new PackageWriter(house).lossless(pkg, parsed.layout()), house);
    }
}
