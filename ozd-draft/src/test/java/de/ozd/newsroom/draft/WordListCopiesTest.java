package de.ozd.newsroom.draft;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.language.GermanWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared German word lists have one owner, the lexicon ({@link GermanWords}): no source file of the language
 * or drafting module (nor a drafting test, such as the measuring instrument {@code FragmentDetector}) spells out half or more of one of them again (at least three words), which is how copies
 * start drifting apart.
 */
class WordListCopiesTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-zäöüß]+)\"");

    @Test
    void noSourceFileKeepsItsOwnCopyOfALexiconList() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> a = Files.walk(root.resolve("ozd-draft/src/main/java"));
                Stream<Path> b = Files.walk(root.resolve("ozd-language/src/main/java"));
                Stream<Path> c = Files.walk(root.resolve("ozd-draft/src/test/java"))) {
            sources = Stream.concat(Stream.concat(a, b), c)
                    .filter(p -> p.toString().endsWith(".java"))
                    .toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path file : sources) {
            Set<String> literals = new HashSet<>();
            Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                literals.add(m.group(1));
            }
            for (Map.Entry<String, Set<String>> list : GermanWords.lists().entrySet()) {
                long shared =
                        list.getValue().stream().filter(literals::contains).count();
                assertThat(shared >= 3 && shared * 2 >= list.getValue().size())
                        .as(root.relativize(file) + " repeats " + shared + " words of lexicon/" + list.getKey()
                                + ".txt: use GermanWords")
                        .isFalse();
            }
        }
    }

    @Test
    void theListsAreLoaded() {
        assertThat(GermanWords.isModalVerb("Sollen")).isTrue();
        assertThat(GermanWords.isWerdenForm("würden")).isTrue();
        assertThat(GermanWords.isNegation("niemand")).isTrue();
        assertThat(GermanWords.isNegation("noch")).isFalse();
    }
}
