package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.Explainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Explanations of common entities that editors maintain, so drafts never invent them. The file is
 * UTF-8 text of blocks separated by blank lines; {@code #} lines are comments:
 *
 * <pre>
 * = NATO | Nato | Nordatlantikpakt        (name, then aliases)
 * ? Was ist die NATO?                     (the question)
 * Die NATO ist ein Verteidigungsbündnis …  (the answer, one or more lines)
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class ExplainerLibrary {

    /** One entry: the entity's names and its explainer. */
    public record Entry(List<String> names, Explainer explainer) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new LinkedHashMap<>();

    private ExplainerLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String n : e.names()) {
                byName.putIfAbsent(key(n), e);
            }
        }
    }

    /** The small library shipped with OZD Newsroom (institutions and places common in news). */
    public static ExplainerLibrary standard() {
        try (InputStream in = ExplainerLibrary.class.getResourceAsStream("explainers.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "explainers.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled explainer library", e);
        }
    }

    /** An empty library. */
    public static ExplainerLibrary empty() {
        return new ExplainerLibrary(List.of());
    }

    /** Reads a library file; an unreadable or malformed file is an {@link DraftException}. */
    public static ExplainerLibrary load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DraftException("Die Erklärbibliothek " + file + " kann nicht gelesen werden (" + e.getMessage()
                    + "): prüfen Sie Pfad und Rechte.");
        }
    }

    static ExplainerLibrary parse(String text, String name) { // package-private for tests
        List<Entry> out = new ArrayList<>();
        String[] blocks = text.replace("\r\n", "\n").split("\n\\s*\n");
        int lineNo = 1;
        for (String block : blocks) {
            List<String> lines = block.lines().filter(l -> !l.startsWith("#")).toList();
            if (!lines.isEmpty()) {
                out.add(entry(lines, name, lineNo));
            }
            lineNo += block.split("\n", -1).length + 1;
        }
        return new ExplainerLibrary(out);
    }

    private static Entry entry(List<String> lines, String name, int lineNo) {
        if (lines.size() < 3 || !lines.get(0).startsWith("= ") || !lines.get(1).startsWith("? ")) {
            throw new DraftException(name + ", Eintrag ab Zeile " + lineNo + ": erwartet werden die Zeilen "
                    + "„= Name | Alias“, „? Frage?“ und mindestens eine Zeile Antwort.");
        }
        List<String> names = new ArrayList<>();
        for (String n : lines.get(0).substring(2).split("\\|")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        String answer = String.join(
                " ", lines.subList(2, lines.size()).stream().map(String::strip).toList());
        return new Entry(names, new Explainer(lines.get(1).substring(2).strip(), answer));
    }

    /** The entry for an entity name or alias (case-insensitive). */
    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The entry whose name occurs in a question („Was ist die NATO?“), if any. */
    public Optional<Entry> forQuestion(String question) {
        String q = " " + question.toLowerCase(Locale.GERMAN).replaceAll("[?„“\"]", " ") + " ";
        for (Entry e : entries) {
            for (String n : e.names()) {
                if (q.contains(" " + key(n) + " ")) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.GERMAN);
    }
}
