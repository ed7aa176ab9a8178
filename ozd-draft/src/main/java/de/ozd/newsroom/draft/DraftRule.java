package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.check.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of the checks beyond the house rules, with their stable ids and severities: grounding against the
 * source report ({@code OZD1xx}, {@link GroundingRule}) and spelling and grammar ({@code OZD2xx}, {@link
 * SpellingRule}). As with {@link de.ozd.newsroom.core.check.HouseRule}, ids never change meaning; {@code
 * docs/format.md} lists them for editors and {@code docs/drafting.md} explains them.
 */
public enum DraftRule {
    UNSUPPORTED("OZD101", Severity.ERROR, "Name, Zahl oder Datum steht weder im Bericht noch in der Erklärbibliothek"),
    CERTAINTY_UPGRADE("OZD102", Severity.ERROR, "Die Aussage klingt sicherer als der Bericht"),
    ATTRIBUTION_DROPPED("OZD103", Severity.WARNING, "Die Aussage lässt Quelle oder Einschränkung des Berichts weg"),
    CONDITION_DROPPED(
            "OZD104",
            Severity.ERROR,
            "Die Aussage lässt eine Bedingung, einen Konjunktiv oder einen Zweck des Berichts weg"),
    REFERENT_DROPPED(
            "OZD105", Severity.WARNING, "Die Aussage lässt einen Bezug des Berichts weg (dort, damals, diese …)"),
    APPROXIMATION_CHANGED(
            "OZD106", Severity.ERROR, "Eine ungefähre Zahl des Berichts steht als genaue da, oder umgekehrt"),
    SPEAKER_MISSING(
            "OZD107", Severity.ERROR, "Eine Ich-, Wir-, Interview- oder indirekte Aussage steht ohne ihren Sprecher"),
    FRAGMENT("OZD108", Severity.WARNING, "Die Zeile ist weder ein vollständiger Satz noch eine Schlagzeile"),
    QUALIFIER_DROPPED(
            "OZD109",
            Severity.WARNING,
            "Die Aussage lässt ein Wort des Berichts weg, das sie einschränkt (derzeit, ein Vergleich, der Tag einer Zählung)"),
    SPELLING("OZD201", Severity.WARNING, "Ein Wort, das die Rechtschreibprüfung nicht kennt"),
    GRAMMAR("OZD202", Severity.WARNING, "Grammatik, Zeichensetzung oder Stil");

    private final String id;
    private final Severity severity;
    private final String summary;

    DraftRule(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One German sentence naming what the rule looks for (for docs and {@code ozd check --rules}). */
    public String summary() {
        return summary;
    }

    /** The rule with this id, if it is one of these. */
    public static Optional<DraftRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
