package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.publish.Publication;
import java.util.Optional;

/**
 * Provenance as readers and partner systems see it: the German label every unreviewed machine-drafted section
 * carries on the page and in every feed, and the IPTC digital source type of machine-made sections.
 */
public final class MachineLabels {
    /** IPTC NewsCodes vocabulary of digital source types. */
    public static final String DIGITAL_SOURCE_TYPE_CV = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private MachineLabels() {}

    public static SectionProvenance of(Publication p, Section section) {
        return p.pkg().provenance().orHuman(section);
    }

    /** The visible label of a section, or empty where a human wrote it or an editor reviewed it. */
    public static Optional<String> label(Publication p, Section section) {
        SectionProvenance prov = of(p, section);
        if (!prov.needsMachineLabel()) {
            return Optional.empty();
        }
        String how = prov.origin() == Origin.LLM
                ? "mit einem Sprachmodell"
                        + prov.model().map(m -> " (" + m + ")").orElse("")
                : "durch automatische Auswahl aus dem Bericht";
        return Optional.of("Maschinell erstellt " + how + ", von der Redaktion nicht geprüft.");
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
