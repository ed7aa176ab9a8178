package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.core.model.Signoff;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter block: {@code key: value} lines between two {@code ---} lines. Provenance is kept there as
 * {@code provenance.<section>: <origin>[ <model>], reviewed|unreviewed}, so a drafted package keeps it as text; a
 * sign-off follows as {@code reviewed by <who> <UTC time>} or {@code unreviewed, labelled by <who> <UTC time>}.
 */
public final class FrontMatterCodec {
    public static final String DELIMITER = "---";
    static final String PROVENANCE_PREFIX = "provenance.";
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)\\s*:\\s?(.*)");
    /** Who signed off: from a non-space to the last non-space before the time (ends in \\S: linear matching). */
    private static final String WHO = "(\\S(?:.*?\\S)?)";

    private static final String TIME = "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z)";
    private static final Pattern PROVENANCE = Pattern.compile("(human|extractive|llm)(?:\\s+(\\S+))?\\s*,\\s*"
            + "(?:(reviewed)(?:\\s+by\\s+" + WHO + "\\s++" + TIME + ")?"
            + "|(unreviewed)(?:\\s*,\\s*labelled\\s+by\\s+" + WHO + "\\s++" + TIME + ")?)");

    private FrontMatterCodec() {}

    /** What one block of front-matter lines holds; {@code problems} maps a line index to a German message. */
    public record Decoded(FrontMatter frontMatter, Provenance provenance, Map<Integer, String> problems) {}

    public static List<String> lines(FrontMatter frontMatter, Provenance provenance) {
        if (frontMatter.isEmpty() && provenance.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(DELIMITER);
        frontMatter.fields().forEach((k, v) -> lines.add(v.isEmpty() ? k + ":" : k + ": " + v));
        provenance
                .sections()
                .forEach((section, p) -> lines.add(PROVENANCE_PREFIX + section.key() + ": "
                        + p.origin().key() + p.model().map(m -> " " + m).orElse("")
                        + (p.reviewed() ? ", reviewed" : ", unreviewed")
                        + p.signoff()
                                .map(o -> (p.reviewed() ? " by " : ", labelled by ") + o.by() + " " + o.at())
                                .orElse("")));
        lines.add(DELIMITER);
        return lines;
    }

    /** Decodes the lines between the delimiters. */
    public static Decoded decode(List<String> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Provenance provenance = Provenance.EMPTY;
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FIELD.matcher(line.strip());
            if (!m.matches()) {
                problems.put(
                        i, "Zeile im Kopfbereich ist kein „schlüssel: wert“: schreiben Sie z. B. „slug: mein-text“.");
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (key.startsWith(PROVENANCE_PREFIX)) {
                Optional<Section> section = Section.byKey(key.substring(PROVENANCE_PREFIX.length()));
                Optional<SectionProvenance> p = provenance(value);
                if (section.isEmpty() || p.isEmpty()) {
                    problems.put(
                            i,
                            "Herkunftsangabe „" + line.strip() + "“ nicht lesbar: erwartet z. B. "
                                    + "„provenance.infobox: extractive, unreviewed“, „provenance.analysis: llm modell-id, "
                                    + "reviewed“ oder „provenance.infobox: extractive, reviewed by k.redakteur "
                                    + "2026-12-04T16:00:00Z“.");
                    continue;
                }
                provenance = provenance.with(section.get(), p.get());
            } else if (fields.containsKey(key)) {
                problems.put(i, "Schlüssel „" + key + "“ steht doppelt im Kopfbereich: löschen Sie eine der Zeilen.");
            } else {
                fields.put(key, value);
            }
        }
        return new Decoded(new FrontMatter(fields), provenance, problems);
    }

    private static Optional<SectionProvenance> provenance(String value) {
        Matcher m = PROVENANCE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        Origin origin = Origin.byKey(m.group(1)).orElseThrow();
        boolean reviewed = m.group(3) != null;
        String by = reviewed ? m.group(4) : m.group(7);
        String at = reviewed ? m.group(5) : m.group(8);
        Optional<Signoff> signoff = Optional.empty();
        if (by != null) {
            try {
                signoff = Optional.of(new Signoff(by, Instant.parse(at)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new SectionProvenance(origin, reviewed, Optional.ofNullable(m.group(2)), signoff));
    }
}
