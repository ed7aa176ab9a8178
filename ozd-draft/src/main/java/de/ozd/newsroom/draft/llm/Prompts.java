package de.ozd.newsroom.draft.llm;

import de.ozd.newsroom.draft.DraftException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The prompt files: German, versioned (the file {@code VERSION} holds the id that provenance records), one style
 * file per section role. The bundled files live in {@code de/ozd/newsroom/draft/llm/prompts/}; a house replaces any
 * of them with a file of the same name in its prompt folder, which must then carry its own {@code VERSION}.
 *
 * <p>Files: {@code system.txt} (the role and the rule above all), one file per section role ({@code
 * frontMatter.txt}, {@code commentary.txt}, {@code infobox.txt}, {@code analysis.txt}, {@code explainers.txt},
 * {@code extras.txt}), {@code user.txt} (the report, {@code {{report}}}), {@code json.txt} (plain JSON instructions
 * with {@code {{schema}}} for a server without structured output) and {@code retry.txt} (the findings fed back,
 * {@code {{findings}}}). {@code {{brand}}} stands for the house's desk signature everywhere.
 */
public final class Prompts {
    /** The section roles in the order the model writes them, each with its style file. */
    public static final List<String> SECTIONS =
            List.of("frontMatter", "commentary", "infobox", "analysis", "explainers", "extras");

    private static final String RESOURCES = "/de/ozd/newsroom/draft/llm/prompts/";
    private static final List<String> FILES = List.of(
            "system.txt",
            "frontMatter.txt",
            "commentary.txt",
            "infobox.txt",
            "analysis.txt",
            "explainers.txt",
            "extras.txt",
            "user.txt",
            "json.txt",
            "retry.txt");

    private final String version;
    private final Map<String, String> files;

    private Prompts(String version, Map<String, String> files) {
        this.version = version;
        this.files = Map.copyOf(files);
    }

    /** The bundled prompts. */
    public static Prompts bundled() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : FILES) {
            files.put(f, resource(f));
        }
        return new Prompts(resource("VERSION").strip(), files);
    }

    /** The bundled prompts with every file of {@code dir} replacing its namesake; {@code dir/VERSION} is required. */
    public static Prompts fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DraftException("Der Prompt-Ordner " + dir + " existiert nicht.");
        }
        Path versionFile = dir.resolve("VERSION");
        if (!Files.isRegularFile(versionFile)) {
            throw new DraftException("Im Prompt-Ordner " + dir + " fehlt die Datei VERSION: sie nennt die Fassung der "
                    + "Prompts, die jeder Entwurf als Herkunft festhält (z. B. „haus-2026-12“).");
        }
        Map<String, String> files = new LinkedHashMap<>(bundled().files);
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                files.put(f, read(p));
            }
        }
        String version = read(versionFile).strip();
        if (version.isEmpty() || !version.matches("\\S+")) {
            throw new DraftException(
                    versionFile + ": die Fassung ist ein Wort ohne Leerzeichen, z. B. „haus-2026-12“.");
        }
        return new Prompts(version, files);
    }

    /** The version id recorded with every drafted section. */
    public String version() {
        return version;
    }

    /** The system message: role, rules and the style of every section role. */
    public String system(String brand) {
        StringBuilder sb = new StringBuilder(files.get("system.txt").strip());
        for (String s : SECTIONS) {
            sb.append("\n\n").append(files.get(s + ".txt").strip());
        }
        return fill(sb.toString(), Map.of("brand", brand));
    }

    /** The instructions for a server without structured output: answer with JSON of this schema. */
    public String jsonInstructions(String schema, String brand) {
        return fill(files.get("json.txt").strip(), Map.of("schema", schema, "brand", brand));
    }

    /** The user message with the report. */
    public String user(String report, String brand) {
        return fill(files.get("user.txt").strip(), Map.of("report", report, "brand", brand));
    }

    /** The message that feeds the findings of a failed answer back. */
    public String retry(List<String> findings, String brand) {
        StringBuilder sb = new StringBuilder();
        for (String f : findings) {
            sb.append("- ").append(f).append('\n');
        }
        return fill(
                files.get("retry.txt").strip(), Map.of("findings", sb.toString().strip(), "brand", brand));
    }

    /** Replaces each {@code {{key}}} in one pass, so a value that holds braces is never filled again. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf("}}", open + 2);
            String key = close < 0 ? null : template.substring(open + 2, close);
            if (key != null && values.containsKey(key)) {
                out.append(template, i, open).append(values.get(key));
                i = close + 2;
            } else {
                out.append(template, i, open + 2);
                i = open + 2;
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(
                Prompts.class.getResourceAsStream(RESOURCES + name), () -> "prompt resource " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DraftException(p + " lässt sich nicht lesen: " + e.getMessage());
        }
    }
}
