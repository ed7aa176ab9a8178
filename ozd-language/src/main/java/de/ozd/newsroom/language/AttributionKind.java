package de.ozd.newsroom.language;

/** How a statement is attributed to its source. */
public enum AttributionKind {
    /** Direct speech in quotation marks („…“, erklärte Kim). */
    DIRECT_QUOTE,
    /** Reported speech with a cue verb or Konjunktiv I (sagte Kim, es sei …). */
    REPORTED_SPEECH,
    /** A source phrase: „nach Angaben …“, „laut …“, „… zufolge“, „wie … mitteilte“. */
    SOURCE_PHRASE
}
