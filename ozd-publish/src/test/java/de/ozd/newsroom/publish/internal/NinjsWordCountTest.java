package de.ozd.newsroom.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ninjs {@code wordcount} without a regular expression counts exactly as the definition it replaced,
 * {@code strip().split("\\s+").length} and 0 for a blank text, so no item's bytes change.
 */
class NinjsWordCountTest {
    /** Letters, the six ASCII whitespace characters of {@code \s}, and Unicode spaces {@code \s} does not match. */
    private static final char[] ALPHABET = {
        'a', 'ß', '„', '–', '.', ' ', '\t', '\n', 0x0B, '\f', '\r', '\u00A0', '\u2003', '\u3000', '\u202F', 0x1C,
        '\u2028'
    };

    private static int byRegex(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "Wort",
                " Zwei  Wörter ",
                "\u2003eins\u2003",
                "eins\u00A0zwei",
                "eins \u2003 zwei",
                "a\n\nb\tc",
                "\u3000"
            })
    void countsAsTheRegularExpressionDid(String text) {
        assertThat(NinjsRenderer.wordCount(text)).as(text).isEqualTo(byRegex(text));
    }

    @Test
    void countsAsTheRegularExpressionDidOnRandomMixes() {
        Random random = new Random(20261204L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String text = b.toString();
            assertThat(NinjsRenderer.wordCount(text))
                    .as("%s", text.chars().boxed().toList())
                    .isEqualTo(byRegex(text));
        }
    }

    @Test
    void theReferenceArticleReportIsCountedInWords() {
        assertThat(NinjsRenderer.wordCount("Kim Jong Un sagt: „Wir stehen an Russlands Seite.“"))
                .isEqualTo(9);
    }
}
