package de.ozd.newsroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void umlautsAndSharpSAreSpelledOut() {
        assertThat(Slugs.slugify("Große Öffnung: Süßwasser für Ärzte"))
                .isEqualTo("grosse-oeffnung-suesswasser-fuer-aerzte");
        assertThat(Slugs.slugify("ÄÖÜ äöü ß")).isEqualTo("aeoeue-aeoeue-ss");
    }

    @Test
    void accentsAndCompatibilityFormsAreDropped() {
        assertThat(Slugs.slugify("Café „Fiasko“ – ﬁnale Runde!")).isEqualTo("cafe-fiasko-finale-runde");
    }

    @Test
    void longTextIsCutAfterAWholeWord() {
        String headline = "Ein sehr langer Titel ".repeat(6);
        String slug = Slugs.slugify(headline);
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_DERIVED);
        String whole = "ein-sehr-langer-titel-".repeat(6);
        assertThat(whole).startsWith(slug);
        assertThat(whole.charAt(slug.length())).isEqualTo('-'); // cut between words, not inside one
        assertThat(Slugs.slugify("x".repeat(100))).hasSize(Slugs.MAX_DERIVED);
        // the 81st character is the hyphen after a whole word: the word stays
        String exact = "a".repeat(75) + " bbbb cc";
        assertThat(Slugs.slugify(exact)).isEqualTo("a".repeat(75) + "-bbbb");
    }

    @Test
    void validSlugs() {
        assertThat(Slugs.isValid("mainbruecke-gesperrt")).isTrue();
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("Ä")).isFalse();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
        assertThat(Slugs.isValid(Slugs.slugify("Große Öffnung"))).isTrue();
    }
}
