package de.ozd.newsroom.core.check.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.check.Rule;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Credits;
import java.util.List;

/** OZD017 (no credits line), OZD018 (no disclaimer), OZD019 (no picture credit). */
public final class CreditsRule implements Rule {
    @Override
    public void check(ParseResult parsed, HouseConfig config, List<Diagnostic> out) {
        String example = config.disclaimer() + " " + config.pictureCreditWord() + " AFP.";
        if (parsed.pkg().credits().isEmpty()) {
            out.add(Diagnostic.of(
                    HouseRule.MISSING_CREDITS,
                    Positions.endLine(parsed.layout()),
                    1,
                    "Die Zeile „" + example + "“ fehlt: setzen Sie sie zwischen Erklärungen und Extras."));
            return;
        }
        Credits credits = parsed.pkg().credits().get();
        if (credits.disclaimer().isEmpty()) {
            Positions.at(
                    parsed.layout(),
                    NodePath.CREDITS,
                    HouseRule.MISSING_DISCLAIMER,
                    "Der Haftungsausschluss " + "fehlt: beginnen Sie die Zeile mit „" + config.disclaimer() + "“.",
                    out);
        }
        if (credits.pictureCredit().isEmpty()) {
            Positions.at(
                    parsed.layout(),
                    NodePath.CREDITS,
                    HouseRule.MISSING_PICTURE_CREDIT,
                    "Der Bildnachweis "
                            + "fehlt: ergänzen Sie „" + config.pictureCreditWord() + " <Quelle>.“, z. B. „"
                            + config.pictureCreditWord() + " AFP.“",
                    out);
        }
    }
}
