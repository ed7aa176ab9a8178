package de.ozd.newsroom.server.desk;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.server.EditorialDesk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stands between a package and publication, in German, one line each: house check errors, lines that still
 * hold a {@code [Redaktion: …]} placeholder, and machine-drafted sections nobody has reviewed (unless a Redakteur
 * publishes them labelled as machine-made). Empty when the package may go out.
 */
public final class PublishGate {
    /** What a line an editor still has to write starts with (the drafting engine's placeholder). */
    public static final String PLACEHOLDER = "[Redaktion:";

    private PublishGate() {}

    public static List<String> refusal(EditorialDesk desk, String text, ArticlePackage pkg, boolean machineLabel) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : desk.check(text, Optional.empty(), false)) {
            if (d.isError()) {
                out.add("Zeile " + d.line() + ", Spalte " + d.column() + " (" + d.rule() + "): " + d.message());
            }
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(PLACEHOLDER);
            if (at >= 0) {
                out.add("Zeile " + (i + 1) + ", Spalte " + (at + 1)
                        + ": Platzhalter „[Redaktion: …]“ ist noch nicht ausgefüllt.");
            }
        }
        if (!machineLabel) {
            for (Map.Entry<Section, ?> e : pkg.provenance().sections().entrySet()) {
                if (pkg.provenance().orHuman(e.getKey()).needsMachineLabel()) {
                    out.add("Abschnitt „" + e.getKey().key()
                            + "“ ist maschinell entworfen und noch nicht geprüft (oder als maschinell "
                            + "gekennzeichnet veröffentlichen).");
                }
            }
        }
        return out;
    }
}
