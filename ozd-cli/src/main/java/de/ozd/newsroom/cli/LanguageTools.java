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

  static GermanAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The bundled explainer library, or the file the editor named. */
  static ExplainerLibrary library(Path file) {
    if (file == null) {
      return ExplainerLibrary.standard();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException(file + " gibt es nicht: geben Sie mit --explainers die Datei der "
          + "Erklärbibliothek an.");
    }
    try {
      return ExplainerLibrary.load(file);
    } catch (DraftException e) {
      throw new UserException(e.getMessage());
    }
  }
}
