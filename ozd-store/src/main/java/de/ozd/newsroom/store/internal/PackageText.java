package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The searchable text of a package and the section-wise comparison used for revision summaries. */
public final class PackageText {
    private PackageText() {}

    /** The body text: every section's words but the headline, one block per line. */
    public static String body(ArticlePackage pkg) {
        return String.join("\n", sections(pkg).values());
    }

    static Map<Section, String> sections(ArticlePackage pkg) {
        Map<Section, String> out = new EnumMap<>(Section.class);
        out.put(Section.REPORT, pkg.report().text());
        pkg.commentary()
                .ifPresent(c -> out.put(Section.COMMENTARY, c.title() + "\n" + String.join("\n", c.paragraphs())));
        pkg.infobox().ifPresent(b -> out.put(Section.INFOBOX, b.title() + "\n" + String.join("\n", b.facts())));
        pkg.analysis()
                .ifPresent(a -> out.put(
                        Section.ANALYSIS,
                        a.dimensions().stream()
                                .map(d -> d.title() + "\n"
                                        + d.points().stream().map(p -> p.text()).collect(Collectors.joining("\n")))
                                .collect(Collectors.joining("\n"))));
        pkg.explainers()
                .ifPresent(e -> out.put(
                        Section.EXPLAINERS,
                        e.entries().stream()
                                .map(x -> x.question() + "\n" + x.answer())
                                .collect(Collectors.joining("\n"))));
        pkg.extras().ifPresent(x -> out.put(Section.EXTRAS, String.join("\n", x.paragraphs())));
        return out;
    }

    private static final Map<Section, String> GERMAN = Map.of(
            Section.REPORT,
            "Bericht",
            Section.COMMENTARY,
            "Kommentar",
            Section.INFOBOX,
            "Mini-Infobox",
            Section.ANALYSIS,
            "Analyse",
            Section.EXPLAINERS,
            "Erklärungen",
            Section.CREDITS,
            "Bildnachweis",
            Section.EXTRAS,
            "Extras");

    /** German list of what differs between two versions, e.g. „Kopfbereich, Bericht geändert“. */
    public static String changes(Optional<ArticlePackage> before, ArticlePackage after) {
        if (before.isEmpty()) {
            return "angelegt";
        }
        ArticlePackage old = before.get();
        List<String> changed = new ArrayList<>();
        if (!old.frontMatter().equals(after.frontMatter())) {
            changed.add("Kopfbereich");
        }
        Map<Section, String> a = sections(old);
        Map<Section, String> b = sections(after);
        for (Section s : Section.values()) {
            boolean differs =
                    s == Section.CREDITS ? !old.credits().equals(after.credits()) : !Objects.equals(a.get(s), b.get(s));
            if (differs) {
                changed.add(GERMAN.getOrDefault(s, s.key()));
            }
        }
        if (!old.provenance().equals(after.provenance())) {
            changed.add("Herkunftsangaben");
        }
        return changed.isEmpty() ? "keine inhaltliche Änderung" : String.join(", ", changed) + " geändert";
    }
}
