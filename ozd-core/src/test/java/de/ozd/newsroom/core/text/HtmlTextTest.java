package de.ozd.newsroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void markupAndQuotesBecomeEntities() {
        assertThat(HtmlText.escape("<svg onload=\"alert(1)\">Tom & 'Jerry'</svg>"))
                .isEqualTo("&lt;svg onload=&quot;alert(1)&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/svg&gt;");
    }

    @Test
    void germanTextAndLineBreaksStayAsTheyAre() {
        assertThat(HtmlText.escape("Die „Brücke“ – gesperrt.\n\tSeit 9:30 Uhr"))
                .isEqualTo("Die „Brücke“ – gesperrt.\n\tSeit 9:30 Uhr");
    }

    @Test
    void controlCharactersAreDroppedAndNullIsEmpty() {
        assertThat(HtmlText.escape("a\u0000b\u001bc\u007fd\re")).isEqualTo("abcde");
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
