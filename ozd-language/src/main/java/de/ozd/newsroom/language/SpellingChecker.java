package de.ozd.newsroom.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Spelling and grammar for German (LanguageTool, offline), with a house dictionary so brand words
 * („OZD“, „KCNA“) and names in the house transliteration („Kim Jong Un“, „Pjöngjang“) are not
 * reported.
 *
 * <p>Expensive: building takes seconds and the first check of a JVM sets up the speller (tens of
 * seconds); later checks take about a second per article. Build one, {@link #warmUp()} it in the
 * background where latency matters. LanguageTool instances are not thread-safe, so {@link #check}
 * is synchronised; use one checker per thread for parallel checking.
 */
public final class SpellingChecker {

    /** One finding: offsets into the checked text, LanguageTool's rule id, a German message. */
    public record Finding(
            int begin, int end, String ruleId, boolean spelling, String message, List<String> suggestions) {
        public Finding {
            suggestions = List.copyOf(suggestions);
        }
    }

    private final JLanguageTool tool;
    private final Set<String> houseWords;

    private SpellingChecker(Set<String> houseWords) {
        this.houseWords = Set.copyOf(houseWords);
        this.tool = new JLanguageTool(Languages.getLanguageForShortCode("de-DE"));
        List<String> words = new ArrayList<>(houseWords);
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(words);
            }
        }
    }

    /** A checker with the bundled house dictionary plus {@code extraWords}. */
    public static SpellingChecker create(Set<String> extraWords) {
        Set<String> words = new LinkedHashSet<>(houseDictionary());
        words.addAll(extraWords);
        return new SpellingChecker(words);
    }

    /** The bundled house dictionary: one word per line in {@code house-dictionary.txt}. */
    public static Set<String> houseDictionary() {
        try (InputStream in = SpellingChecker.class.getResourceAsStream("house-dictionary.txt")) {
            Set<String> out = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    for (String part : w.split("\\s+")) {
                        out.add(part);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the house dictionary", e);
        }
    }

    /** Runs one check so the speller is set up before the first real text. */
    public void warmUp() {
        check("Der Bericht ist fertig.");
    }

    /** Findings for one line of text, in order. */
    public synchronized List<Finding> check(String text) {
        List<RuleMatch> matches;
        try {
            matches = tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not check the text", e);
        }
        List<Finding> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            if (isHouseUsage(text.substring(m.getFromPos(), m.getToPos()))) {
                continue; // „Kim Jong Un“ is house transliteration, whatever the rule prefers
            }
            boolean spelling =
                    m.getRule() instanceof SpellingCheckRule || m.getRule().isDictionaryBasedSpellingRule();
            out.add(new Finding(
                    m.getFromPos(),
                    m.getToPos(),
                    m.getRule().getId(),
                    spelling,
                    plain(m.getMessage()),
                    m.getSuggestedReplacements().stream().limit(3).toList()));
        }
        return out;
    }

    private boolean isHouseUsage(String span) {
        String[] parts = span.strip().split("[\\s]+");
        for (String p : parts) {
            if (!houseWords.contains(p)) {
                return false;
            }
        }
        return parts.length > 0;
    }

    private static String plain(String message) {
        return message.replaceAll("<suggestion>", "„").replaceAll("</suggestion>", "“");
    }
}
