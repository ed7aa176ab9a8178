package de.ozd.newsroom.store.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets with the real German analyzer: what is marked, which sentences are shown, what is escaped. */
class SnippetsTest {
    private static final String BODY = "Die Stadt sperrt die Alte Brücke ab Montag.\nGutachter fanden Risse in der "
            + "Mainbrücke & an zwei Brücken <alt>.\nDie Umleitung führt über die Nordbrücke. Nach der Ueberschwemmung "
            + "fahren nur noch Busse.";

    private static String snippet(String query, String body) {
        return Snippets.forQuery(new GermanNewsAnalyzer(false), query).of(body);
    }

    @Test
    void marksTheWordsTheAnalyzerMatchesInTheBestSentences() {
        String s = snippet("Brücke", BODY);
        // the two sentences with matches, in text order; inflected forms match, compounds do not
        assertThat(s)
                .isEqualTo("Die Stadt sperrt die Alte <mark>Brücke</mark> ab Montag. … Gutachter fanden Risse in "
                        + "der Mainbrücke &amp; an zwei <mark>Brücken</mark> &lt;alt&gt;.");
        assertThat(snippet("Brücke", "Erst kommt nichts. Dann die Bruecke. Und die Brucke."))
                .isEqualTo("Dann die <mark>Bruecke</mark>. … Und die <mark>Brucke</mark>.");
        // the sentence with most matches first in rank, but shown in text order
        assertThat(snippet("Risse Brücken", BODY))
                .startsWith("Die Stadt sperrt die Alte <mark>Brücke</mark>")
                .endsWith("<mark>Risse</mark> in der Mainbrücke &amp; an zwei <mark>Brücken</mark> &lt;alt&gt;.");
    }

    @Test
    void phrasesOnlyInSequenceAndPrefixesAndNoExclusions() {
        assertThat(snippet("\"Alte Brücke\"", BODY))
                .contains("<mark>Alte</mark> <mark>Brücke</mark>")
                .doesNotContain("<mark>Brücken</mark>");
        assertThat(snippet("\"alte Risse\"", BODY)).doesNotContain("<mark>");
        assertThat(snippet("Umleit*", BODY)).contains("<mark>Umleitung</mark>");
        assertThat(snippet("Busse -Montag", BODY))
                .contains("<mark>Busse</mark>")
                .doesNotContain("<mark>Montag");
        assertThat(snippet("Überschwemmung", BODY)).contains("<mark>Ueberschwemmung</mark>");
        assertThat(snippet("über", BODY)).as("a stop word marks nothing").isEqualTo(Snippets.start(BODY));
    }

    @Test
    void withoutAMatchTheStartAndLongSentencesAreCutAroundTheMatch() {
        assertThat(snippet("Zeppelin", BODY)).isEqualTo(Snippets.start(BODY)).startsWith("Die Stadt sperrt");
        assertThat(snippet("", BODY)).isEqualTo(Snippets.start(BODY));
        String longSentence =
                "Vorab ".repeat(120) + "kommt endlich die Brücke und danach " + "lange nichts ".repeat(60) + ".";
        String s = snippet("Brücke", longSentence);
        assertThat(s).startsWith("… ").endsWith(" …").contains("<mark>Brücke</mark>");
        assertThat(s.length()).isLessThan(400);
    }
}
