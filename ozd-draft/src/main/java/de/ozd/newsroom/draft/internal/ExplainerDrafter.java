package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.text.ExplainerQuestions;
import de.ozd.newsroom.core.text.Placeholders;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.draft.ExplainerArchive;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The explainers: „Wer ist …?“ / „Was ist …?“ for the most prominent people and organisations, and for places the
 * library or the archive explains.
 *
 * <p>Where an answer comes from, in order: the explainer library (maintained by editors for institutions and places);
 * then, for a person, the report's own role or apposition before the archive, because offices change and the report
 * says what the person is today (the reason the library holds no people); for an organisation or place, the archive
 * (an answer an editor wrote or reviewed for a published package) before the report's apposition, because an
 * institution changes rarely and the editor's answer says more than „X ist ein Maschinenbauer“. An answer from the
 * archive keeps its question as the editor wrote it and is named in a note (package and date) so the editor checks
 * it. A placeholder only where none of these answers.
 */
final class ExplainerDrafter {
    private static final int MAX_EXPLAINERS = 3;
    /**
     * Names the archive is asked about per draft at most: a lookup costs a query (about 1 ms embedded, a few on
     * PostgreSQL), and a report naming twenty places must not cost twenty.
     */
    static final int MAX_ARCHIVE_LOOKUPS = 6;

    /** The explainers and the notes for the editor (one per answer taken from the archive). */
    record Result(Explainers explainers, List<String> notes) {}

    private final DraftContext ctx;
    private final ExplainerArchive archive;
    private int lookups;

    ExplainerDrafter(DraftContext ctx, ExplainerArchive archive) {
        this.ctx = ctx;
        this.archive = archive;
    }

    /** „Wer ist …?“ / „Was ist …?“ for the most prominent entities. */
    Result draft() {
        List<Explainer> out = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Entity e : ctx.prominent()) {
            if (out.size() >= MAX_EXPLAINERS) {
                break;
            }
            Optional<ExplainerLibrary.Entry> entry =
                    ctx.library().lookup(e.canonical()).or(() -> ctx.library().lookup(e.text()));
            if (entry.isPresent()) {
                out.add(entry.get().explainer());
                continue;
            }
            if (e.type() == EntityType.LOCATION) {
                archived(e).ifPresent(a -> {
                    out.add(a.explainer());
                    notes.add(a.note());
                });
                continue;
            }
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANISATION) {
                continue;
            }
            boolean person = e.type() == EntityType.PERSON;
            Optional<String> name = QuestionNames.of(ctx.written(), e, person);
            if (name.isEmpty()) {
                continue; // the report gives no base form of the name to ask about
            }
            Optional<String> article = person ? Optional.empty() : Articles.of(ctx.written(), e);
            boolean plural = !person && article.filter("die"::equals).isPresent() && Articles.plural(ctx.written(), e);
            String q = person
                    ? "Wer ist " + name.get() + "?"
                    : (plural ? "Was sind " : "Was ist ")
                            + article.map(a -> a + " ").orElse("") + name.get() + "?";
            // the report's answers say „ist“: none for a plural name
            Optional<String> fromReport =
                    plural ? Optional.empty() : Appositions.answer(ctx.written(), e, name.get(), article);
            if (person && !name.get().contains(" ") && fromReport.isEmpty()) {
                continue; // „Wer ist Mattel?“: one word the name finder took for a person, with no role to show it is
                // one
            }
            Optional<ExplainerArchive.Answer> fromArchive =
                    person && fromReport.isPresent() ? Optional.empty() : archived(e);
            if (fromArchive.isPresent()) {
                out.add(fromArchive.get().explainer());
                notes.add(fromArchive.get().note());
            } else {
                // the report's own role or apposition answers; else the editor does
                String answer = fromReport.orElseGet(() -> DraftLabels.placeholder("Antwort ergänzen – zu „"
                        + name.get() + "“ hat die Erklärbibliothek keinen Eintrag, und der Bericht erklärt es nicht."));
                out.add(new Explainer(q, answer));
            }
        }
        if (out.isEmpty()) {
            out.add(new Explainer(
                    "Worum geht es?",
                    DraftLabels.placeholder("Erklärung ergänzen – der Bericht "
                            + "nennt keine Person oder Organisation, die eine Erklärung braucht.")));
        }
        return new Result(new Explainers(out.stream().distinct().toList()), List.copyOf(notes));
    }

    /**
     * The newest archived answer for the entity's full name (else the name as the report first writes it; at most
     * {@value #MAX_ARCHIVE_LOOKUPS} names asked per draft) whose
     * question is of the entity's kind („Wer“ for a person, „Was“ otherwise) and asks about that very name; never a
     * placeholder, whatever the archive returns.
     */
    private Optional<ExplainerArchive.Answer> archived(Entity e) {
        boolean person = e.type() == EntityType.PERSON;
        for (String name : new LinkedHashSet<>(List.of(e.canonical(), e.text()))) {
            if (archive == ExplainerArchive.NONE || lookups >= MAX_ARCHIVE_LOOKUPS) {
                return Optional.empty();
            }
            lookups++;
            for (ExplainerArchive.Answer a : archive.lookup(name)) {
                boolean fits = ExplainerQuestions.subject(a.explainer().question())
                        .filter(s -> s.person() == person && fold(s.name()).equals(fold(name)))
                        .isPresent();
                if (fits
                        && !a.explainer().answer().isBlank()
                        && !a.explainer().answer().contains(Placeholders.MARKER)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
