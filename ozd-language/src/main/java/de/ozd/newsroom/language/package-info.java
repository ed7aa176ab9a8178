/**
 * German text analysis for the OZD newsroom.
 *
 * <p>{@link de.ozd.newsroom.language.GermanAnalyzer} turns a German news text into a {@link
 * de.ozd.newsroom.language.TextAnalysis}: sentences and tokens (robust to abbreviations, ordinals
 * and „…“ quotes), lemmas and part-of-speech tags (Apache OpenNLP), named entities (Stanford
 * CoreNLP's German CRF plus house rules) with a canonical form that survives inflection and short
 * forms, numbers/dates/quantities, direct quotes and reported speech with speaker and cue, and
 * hedges. {@link de.ozd.newsroom.language.SpellingChecker} wraps LanguageTool for spelling and
 * grammar with a house dictionary.
 *
 * <p>All models are loaded from the class path; nothing is downloaded at run time. The analysers
 * are immutable and thread-safe once built; loading them is expensive, so build one and share it.
 */
package de.ozd.newsroom.language;
