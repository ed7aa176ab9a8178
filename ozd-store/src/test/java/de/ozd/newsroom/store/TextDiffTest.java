package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    private static TextDiff.Part same(String t) {
        return new TextDiff.Part(' ', t);
    }

    private static TextDiff.Part gone(String t) {
        return new TextDiff.Part('-', t);
    }

    private static TextDiff.Part came(String t) {
        return new TextDiff.Part('+', t);
    }

    @Test
    void aSmallGermanEditShowsTheChangedWordsAndNothingElse() {
        String older = "# Stadt sperrt Brücke\n\nDie Stadt sperrt die Nordbrücke ab Montag für drei Wochen.\n"
                + "Umleitungen sind ausgeschildert.\n";
        String newer = "# Stadt sperrt Brücke\n\nDie Stadt sperrt die Südbrücke ab Dienstag für vier Wochen.\n"
                + "Umleitungen sind ausgeschildert.\n";
        TextDiff d = TextDiff.of(1, older, 2, newer);
        assertThat(d.parts())
                .containsExactly(
                        same("# Stadt sperrt Brücke\n\nDie Stadt sperrt die "),
                        gone("Nordbrücke"),
                        came("Südbrücke"),
                        same(" ab "),
                        gone("Montag"),
                        came("Dienstag"),
                        same(" für "),
                        gone("drei"),
                        came("vier"),
                        same(" Wochen.\nUmleitungen sind ausgeschildert.\n"));
        assertThat(d.unified())
                .isEqualTo("--- Revision 1\n+++ Revision 2\n# Stadt sperrt Brücke\n\nDie Stadt sperrt die "
                        + "[-Nordbrücke-]{+Südbrücke+} ab [-Montag-]{+Dienstag+} für [-drei-]{+vier+} Wochen.\n"
                        + "Umleitungen sind ausgeschildert.\n");
    }

    @Test
    void neighbouringChangedWordsReadAsOneReplacementAndPunctuationIsAWordOfItsOwn() {
        TextDiff d = TextDiff.of(1, "Die alte Brücke, sagte er.", 2, "Die neue Straße; sagte er.");
        assertThat(d.parts())
                .containsExactly(same("Die "), gone("alte Brücke,"), came("neue Straße;"), same(" sagte er."));
    }

    @Test
    void theSameTextIsOneUnchangedPartAndAnEmptySideIsAllAddedOrRemoved() {
        assertThat(TextDiff.of(1, "Ä ö ü ß.\n", 2, "Ä ö ü ß.\n").parts()).containsExactly(same("Ä ö ü ß.\n"));
        assertThat(TextDiff.of(1, "Ä ö ü ß.\n", 2, "Ä ö ü ß.\n").isEmpty()).isTrue();
        assertThat(TextDiff.of(1, "", 2, "Neu.\n").parts()).containsExactly(came("Neu.\n"));
        assertThat(TextDiff.of(1, "Alt.", 2, "").parts()).containsExactly(gone("Alt."));
    }

    @Test
    void thePartsGiveBothTextsBackToTheCharacter() {
        Random random = new Random(7);
        String[] words = {"Brücke", "Straße", "Müller", "sagte", ",", ".", " ", "\n", "„Zitat“", "–", "3,5", "\r\n"};
        for (int round = 0; round < 300; round++) {
            String a = text(random, words, random.nextInt(60));
            String b = mutate(random, words, a);
            TextDiff d = TextDiff.of(1, a, 2, b);
            assertThat(d.older()).as("round %d", round).isEqualTo(a);
            assertThat(d.newer()).as("round %d", round).isEqualTo(b);
            assertThat(d.isEmpty()).isEqualTo(a.equals(b));
        }
    }

    /**
     * Two revisions of 15,000 lines (about 110,000 words each) with an edit every 100 lines, and one line of
     * 15,000 words with an edit every 200 words: a longest-common-subsequence table would need 15,000² cells
     * (900 MB) for the lines and 15,000² for the one line; the diff allocates a small fraction of that in all, and
     * still finds exactly the edits.
     */
    @Test
    void largeRevisionsAreDiffedWithoutATableOfBothLengths() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            String line = "Zeile " + i + " der Meldung über die Brücke am Fluss.\n";
            a.append(line);
            b.append(i % 100 == 50 ? line.replace("Brücke", "Straße") : line);
        }
        long before = allocated();
        TextDiff lines = TextDiff.of(1, a.toString(), 2, b.toString());
        long used = allocated() - before;
        long table = 15_000L * 15_000L * Integer.BYTES;
        System.out.printf("TextDiff, 2 × 15,000 lines: %,d bytes allocated (LCS table: %,d)%n", used, table);
        assertThat(used).as("bytes allocated for the diff").isLessThan(table / 10);
        assertThat(lines.parts())
                .filteredOn(p -> p.op() == '-')
                .hasSize(150)
                .allMatch(p -> p.text().equals("Brücke"));
        assertThat(lines.parts())
                .filteredOn(p -> p.op() == '+')
                .hasSize(150)
                .allMatch(p -> p.text().equals("Straße"));
        assertThat(lines.older()).isEqualTo(a.toString());
        assertThat(lines.newer()).isEqualTo(b.toString());

        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 7_500; i++) {
            x.append("wort").append(i).append(' ');
            y.append(i % 100 == 50 ? "Wort" : "wort").append(i).append(' ');
        }
        before = allocated();
        TextDiff words = TextDiff.of(1, x.toString(), 2, y.toString());
        used = allocated() - before;
        System.out.printf("TextDiff, 2 × 15,000 tokens on one line: %,d bytes allocated%n", used);
        assertThat(used).as("bytes allocated for the one-line diff").isLessThan(table / 10);
        assertThat(words.parts()).filteredOn(p -> p.op() == '+').hasSize(75);
        assertThat(words.newer()).isEqualTo(y.toString());
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static String text(Random r, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random r, String[] words, String a) {
        List<String> t = new java.util.ArrayList<>(TextDiff.tokens(a));
        int edits = r.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = t.isEmpty() ? 0 : r.nextInt(t.size());
            switch (r.nextInt(3)) {
                case 0 -> t.add(at, words[r.nextInt(words.length)]);
                case 1 -> {
                    if (!t.isEmpty()) {
                        t.remove(at);
                    }
                }
                default -> {
                    if (!t.isEmpty()) {
                        t.set(at, words[r.nextInt(words.length)]);
                    }
                }
            }
        }
        return String.join("", t);
    }
}
