package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.core.model.Signoff;
import de.ozd.newsroom.core.text.Placeholders;
import de.ozd.newsroom.publish.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Provenance as readers and partner systems see it: the German label every unreviewed machine-drafted section
 * carries on the page and in every feed (with who published it so, where recorded), the note on a reviewed one
 * naming its reviewer and the time, and the IPTC digital source type of machine-made sections.
 */
public final class MachineLabels {
    /** IPTC NewsCodes vocabulary of digital source types. */
    public static final String DIGITAL_SOURCE_TYPE_CV = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private MachineLabels() {}

    public static SectionProvenance of(Publication p, Section section) {
        return p.pkg().provenance().orHuman(section);
    }

    /** What marks a line an editor still has to write (the drafting engine's {@code [Redaktion: …]}). */
    public static final String PLACEHOLDER_PREFIX = Placeholders.MARKER;

    /** The label of a section that is nothing but placeholders: text is missing, no machine wrote any. */
    public static final String MISSING_TEXT =
            "Platzhalter: Dieser Text fehlt noch und muss von der Redaktion geschrieben werden.";

    /**
     * The visible label of a section, or empty where a human wrote it or an editor reviewed it without the review
     * being recorded (a recorded review is shown with its reviewer and time). A section made only
     * of placeholders ({@code [Redaktion: …]}) is labelled as missing editorial text, not as machine text; a
     * machine-drafted section that still holds a placeholder says both.
     */
    public static Optional<String> label(Publication p, Section section) {
        List<String> texts = texts(p, section);
        boolean anyPlaceholder = texts.stream().anyMatch(MachineLabels::placeholder);
        if (anyPlaceholder && texts.stream().allMatch(MachineLabels::placeholder)) {
            return Optional.of(MISSING_TEXT);
        }
        String missing = anyPlaceholder ? " Platzhalter [Redaktion: …] markieren fehlenden Text der Redaktion." : "";
        SectionProvenance prov = of(p, section);
        String how = prov.origin() == Origin.LLM
                ? "mit einem Sprachmodell"
                        + prov.model().map(m -> " (" + m + ")").orElse("")
                : "durch automatische Auswahl aus dem Bericht";
        if (!prov.needsMachineLabel()) {
            // a reviewed machine section says who reviewed it and when, where that was recorded
            Optional<String> reviewed = prov.origin().isMachine()
                    ? prov.review()
                            .map(o -> "Maschinell entworfen " + how + ", von der Redaktion geprüft (" + o.by() + ", "
                                    + when(o) + ").")
                    : Optional.empty();
            return reviewed.map(r -> r + missing)
                    .or(() -> missing.isEmpty() ? Optional.empty() : Optional.of(missing.strip()));
        }
        String released = prov.machineLabel()
                .map(o -> " So gekennzeichnet veröffentlicht von " + o.by() + " (" + when(o) + ").")
                .orElse("");
        return Optional.of("Maschinell erstellt " + how + ", von der Redaktion nicht geprüft." + released + missing);
    }

    /** A sign-off's time as {@code 2026-12-04 16:00 UTC}. */
    private static String when(Signoff o) {
        return WHEN.format(o.at());
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** Whether a section carries machine-made, unreviewed text (not only placeholders for missing text). */
    public static boolean machineMade(Publication p, Section section) {
        List<String> texts = texts(p, section);
        return p.pkg().has(section)
                && of(p, section).needsMachineLabel()
                && !texts.stream().allMatch(MachineLabels::placeholder);
    }

    private static boolean placeholder(String text) {
        return Placeholders.isPlaceholder(text);
    }

    /** The non-blank texts of a section (headings the house writes, such as „OZD-Analyse“, are not part of it). */
    static List<String> texts(Publication p, Section section) {
        var pkg = p.pkg();
        List<String> out = new ArrayList<>();
        switch (section) {
            case REPORT -> out.addAll(pkg.report().paragraphs());
            case COMMENTARY ->
                pkg.commentary().ifPresent(c -> {
                    out.add(c.title());
                    out.addAll(c.paragraphs());
                });
            case INFOBOX -> pkg.infobox().ifPresent(b -> out.addAll(b.facts()));
            case ANALYSIS ->
                pkg.analysis()
                        .ifPresent(a -> a.dimensions().forEach(d -> {
                            out.add(d.title());
                            d.points().forEach(pt -> out.add(pt.text()));
                        }));
            case EXPLAINERS ->
                pkg.explainers()
                        .ifPresent(e -> e.entries().forEach(x -> {
                            out.add(x.question());
                            out.add(x.answer());
                        }));
            case CREDITS ->
                pkg.credits().ifPresent(c -> {
                    c.disclaimer().ifPresent(out::add);
                    c.pictureCredit().ifPresent(out::add);
                });
            case EXTRAS -> pkg.extras().ifPresent(x -> out.addAll(x.paragraphs()));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /**
     * The IPTC digital source type code of a machine-made section (reviewed or not: review does not change how the
     * text came about): {@code trainedAlgorithmicMedia} for a language model, {@code algorithmicMedia} for the
     * extractive engine, which selects sentences by rules and statistics without a trained model.
     */
    public static Optional<String> digitalSourceType(Publication p, Section section) {
        return switch (of(p, section).origin()) {
            case LLM -> Optional.of("trainedAlgorithmicMedia");
            case EXTRACTIVE -> Optional.of("algorithmicMedia");
            case HUMAN -> Optional.empty();
        };
    }

    /** German name of a digital source type code, for the {@code name} fields of IPTC formats. */
    public static String digitalSourceTypeName(String code) {
        return code.equals("trainedAlgorithmicMedia")
                ? "Mit einem trainierten Modell erzeugt"
                : "Algorithmisch erzeugt";
    }

    /** German name of a section as readers know it. */
    public static String sectionName(Section section) {
        return switch (section) {
            case REPORT -> "Bericht";
            case COMMENTARY -> "Kommentar";
            case INFOBOX -> "Infobox";
            case ANALYSIS -> "Analyse";
            case EXPLAINERS -> "Erklärungen";
            case CREDITS -> "Hinweise";
            case EXTRAS -> "Extras";
        };
    }
}
