package de.ozd.newsroom.cli;

import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.language.GermanAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The German analyser for this process, loaded on first use (a few seconds: CoreNLP's German
 * model) and shared by every command that needs it.
 */
final class LanguageTools {
    private LanguageTools() {}

    private static final class Holder {
        static final GermanAnalyzer ANALYZER = GermanAnalyzer.builder().build();
    }

    private static final class SpellerHolder {
        static final de.ozd.newsroom.language.SpellingChecker SPELLER =
                de.ozd.newsroom.language.SpellingChecker.create(java.util.Set.of());
    }

    /** The LanguageTool speller with the house dictionary, loaded on first use. */
    static de.ozd.newsroom.language.SpellingChecker speller() {
        try {
            return SpellerHolder.SPELLER;
        } catch (LinkageError e) {
            throw new UserException("Die Rechtschreibprüfung (LanguageTool) lässt sich nicht starten (" + rootCause(e)
                    + "): prüfen Sie die Installation oder lassen Sie --spelling weg.");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    static GermanAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The bundled explainer library, or the file the editor named. */
    static ExplainerLibrary library(Path file) {
        if (file == null) {
            return ExplainerLibrary.standard();
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(
                    file + " gibt es nicht: geben Sie mit --explainers die Datei der " + "Erklärbibliothek an.");
        }
        try {
            return ExplainerLibrary.load(file);
        } catch (DraftException e) {
            throw new UserException(e.getMessage());
        }
    }
}
