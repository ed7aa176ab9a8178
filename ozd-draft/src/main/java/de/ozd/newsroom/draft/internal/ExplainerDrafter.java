package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.Entity;
import de.ozd.newsroom.language.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The explainers: „Wer ist …?“ / „Was ist …?“ for the most prominent people and organisations. */
final class ExplainerDrafter {
    private static final int MAX_EXPLAINERS = 3;

    private final DraftContext ctx;

    ExplainerDrafter(DraftContext ctx) {
        this.ctx = ctx;
    }

    /** „Wer ist …?“ / „Was ist …?“ for the most prominent entities. */
    Explainers draft() {
        List<Explainer> out = new ArrayList<>();
        for (Entity e : ctx.prominent()) {
            if (out.size() >= MAX_EXPLAINERS) {
                break;
            }
            Optional<ExplainerLibrary.Entry> entry =
                    ctx.library().lookup(e.canonical()).or(() -> ctx.library().lookup(e.text()));
            if (entry.isPresent()) {
                out.add(entry.get().explainer());
            } else if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION) {
                Optional<String> article =
                        e.type() == EntityType.PERSON ? Optional.empty() : Articles.of(ctx.analysis(), e);
                String q = e.type() == EntityType.PERSON
                        ? "Wer ist " + e.canonical() + "?"
                        : "Was ist " + article.map(a -> a + " ").orElse("") + e.canonical() + "?";
                // the report's own role or apposition answers; else the editor does
                String answer = Appositions.answer(ctx.analysis(), e, article)
                        .orElseGet(() -> DraftLabels.placeholder("Antwort ergänzen – zu „" + e.canonical()
                                + "“ hat die Erklärbibliothek keinen Eintrag, und der Bericht erklärt es nicht."));
                out.add(new Explainer(q, answer));
            }
        }
        if (out.isEmpty()) {
            out.add(new Explainer(
                    "Worum geht es?",
                    DraftLabels.placeholder("Erklärung ergänzen – der Bericht "
                            + "nennt keine Person oder Organisation, die eine Erklärung braucht.")));
        }
        return new Explainers(out.stream().distinct().toList());
    }
}
