package de.ozd.newsroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanTypographyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Er sagte: \"Wir bleiben.\" Dann ging er.|Er sagte: „Wir bleiben.“ Dann ging er.",
                "\"Nein\", sagte sie.|„Nein“, sagte sie.",
                "Das sei ein “wichtiger Tag” gewesen.|Das sei ein „wichtiger Tag“ gewesen.",
                "Schon „deutsch“ gesetzt.|Schon „deutsch“ gesetzt.",
                "Die Brücke - seit 1962 in Betrieb - ist gesperrt.|Die Brücke – seit 1962 in Betrieb – ist gesperrt.",
                "Die Brücke -- seit 1962 in Betrieb.|Die Brücke – seit 1962 in Betrieb.",
                "Der Zeitraum 2020-2024 und die Nord-Süd-Achse.|Der Zeitraum 2020-2024 und die Nord-Süd-Achse.",
                "Und dann...|Und dann…",
                "Geht's   noch?\tJa.|Geht’s noch? Ja.",
                "Hans' Auto bleibt.|Hans' Auto bleibt.",
                "(\"Aktion Frost\") begann.|(„Aktion Frost“) begann.",
                "”Nein”, sagte sie.|„Nein“, sagte sie.",
            })
    void setsGermanTypography(String in, String expected) {
        assertThat(GermanTypography.normalise(in)).isEqualTo(expected);
    }

    @Property
    void isIdempotentAndKeepsEveryLetterAndDigit(@ForAll String line) {
        String once = GermanTypography.normalise(line.replaceAll("[\\r\\n]", " "));
        assertThat(GermanTypography.normalise(once)).isEqualTo(once);
        assertThat(lettersAndDigits(once)).isEqualTo(lettersAndDigits(line));
    }

    private static String lettersAndDigits(String s) {
        return s.codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
