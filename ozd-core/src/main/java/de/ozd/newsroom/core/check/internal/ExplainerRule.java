package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Explainer;
import java.util.List;

/** OZD015 (question without answer), OZD016 (answer without question). */
public final class ExplainerRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        if (parsed.pkg().explainers().isEmpty()) {
            return;
        }
        List<Explainer> entries = parsed.pkg().explainers().get().entries();
        for (int i = 0; i < entries.size(); i++) {
            Explainer e = entries.get(i);
            if (e.question().isBlank()) {
                Positions.at(
                        parsed.layout(),
                        NodePath.answer(i),
                        HouseRule.ANSWER_WITHOUT_QUESTION,
                        "Dieser Text "
                                + "steht in den Erklärungen ohne Frage davor: setzen Sie eine Frage mit „?“ in die Zeile "
                                + "darüber oder verbinden Sie ihn mit der vorigen Antwort (keine Leerzeile).",
                        out);
            } else if (e.answer().isBlank()) {
                Positions.at(
                        parsed.layout(),
                        NodePath.question(i),
                        HouseRule.QUESTION_WITHOUT_ANSWER,
                        "Die Frage „" + e.question()
                                + "“ hat keine Antwort: schreiben Sie die Antwort in die Zeilen darunter.",
                        out);
            }
        }
    }
}
