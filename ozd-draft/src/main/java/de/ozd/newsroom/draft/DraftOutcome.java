package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A drafted package with what the engine found and noted on the way.
 *
 * @param pkg the complete package (never half a package)
 * @param findings the engine's own checks of the draft (grounding, house warnings), positions in the
 *     package's canonical house text
 * @param notes German notes for the editor (a fallback to extraction, a retry after house errors)
 * @param engine the engine that wrote it ({@code llm}, {@code extractive})
 * @param usage time and tokens of a model call, empty for an offline engine
 */
public record DraftOutcome(
        ArticlePackage pkg, List<Diagnostic> findings, List<String> notes, String engine, Optional<Usage> usage) {

    public DraftOutcome {
        Objects.requireNonNull(pkg, "pkg");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(usage, "usage");
    }

    /** An extractive draft: the package alone. */
    public static DraftOutcome of(ArticlePackage pkg) {
        return new DraftOutcome(pkg, List.of(), List.of(), "extractive", Optional.empty());
    }

    /** The same outcome with one more note in front. */
    public DraftOutcome withNote(String note) {
        List<String> more = new java.util.ArrayList<>();
        more.add(note);
        more.addAll(notes);
        return new DraftOutcome(pkg, findings, more, engine, usage);
    }

    /**
     * Cost of a model call, summed over every request of the draft (retries included).
     *
     * @param model the model id the server named
     * @param promptVersion the version id of the prompt files
     * @param elapsed wall time from the first request to the checked package
     * @param requests HTTP requests sent
     * @param tokensIn prompt tokens, when the server reported them
     * @param tokensOut completion tokens, when the server reported them
     */
    public record Usage(
            String model,
            String promptVersion,
            Duration elapsed,
            int requests,
            OptionalLong tokensIn,
            OptionalLong tokensOut) {

        /** The last line of a draft on the command line, e.g. „Modell qwen2.5:7b, 12,3 s, 1.234 Token ein, 567 aus“. */
        public String summary() {
            String s = String.format(
                    java.util.Locale.GERMANY,
                    "Modell %s (Prompt %s): %.1f s, %d Anfrage%s",
                    model,
                    promptVersion,
                    elapsed.toMillis() / 1000.0,
                    requests,
                    requests == 1 ? "" : "n");
            if (tokensIn.isPresent() || tokensOut.isPresent()) {
                s += ", Token ein " + (tokensIn.isPresent() ? tokensIn.getAsLong() : "?") + ", aus "
                        + (tokensOut.isPresent() ? tokensOut.getAsLong() : "?");
            } else {
                s += ", Token vom Server nicht gemeldet";
            }
            return s;
        }
    }
}
