package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Infobox;
import java.util.List;

/** OZD010 (too many facts), OZD011 (fact too long), OZD023 (too few facts). */
public final class InfoboxRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        if (parsed.pkg().infobox().isEmpty()) {
            return;
        }
        Infobox box = parsed.pkg().infobox().get();
        HouseConfig.Limits limits = config.limits();
        int facts = box.facts().size();
        if (box.title().isBlank() && facts == 0) {
            return; // reported as an empty section
        }
        if (facts > limits.maxFacts()) {
            Positions.at(
                    parsed.layout(),
                    NodePath.infoboxFact(limits.maxFacts()),
                    HouseRule.TOO_MANY_FACTS,
                    "Die Mini-Infobox hat " + facts + " Fakten, erlaubt sind höchstens " + limits.maxFacts()
                            + ": streichen Sie die schwächsten.",
                    out);
        } else if (facts < limits.minFacts()) {
            Positions.at(
                    parsed.layout(),
                    NodePath.INFOBOX,
                    HouseRule.TOO_FEW_FACTS,
                    "Die Mini-Infobox hat "
                            + facts + " Fakt(en) unter dem Titel, üblich sind " + limits.minFacts() + " bis "
                            + limits.maxFacts() + ": ergänzen Sie kurze Fakten, einen pro Zeile.",
                    out);
        }
        for (int i = 0; i < facts; i++) {
            int words = wordCount(box.facts().get(i));
            if (words > limits.maxWordsPerFact()) {
                Positions.at(
                        parsed.layout(),
                        NodePath.infoboxFact(i),
                        HouseRule.FACT_TOO_LONG,
                        "Der Fakt hat "
                                + words + " Wörter, höchstens " + limits.maxWordsPerFact()
                                + " sind Hausstil: kürzen Sie "
                                + "ihn auf eine Schlagzeile.",
                        out);
            }
        }
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
