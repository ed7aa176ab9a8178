package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bytes either are refused with a user message or decode to text that parses, checks and round-trips. */
class InputBytesProperties {
    @Property(tries = 1000)
    void randomBytesNeverCrash(@ForAll("bytes") byte[] bytes) {
        String text;
        try {
            text = InputReader.decode("zufall.bin", bytes);
        } catch (UserException e) {
            assertThat(e.getMessage()).startsWith("zufall.bin ");
            return;
        }
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(PackageWriter.ozd().lossless(PackageParser.ozd().parse(text)))
                .isEqualTo(text);
        long lines = text.lines().count() + 1;
        assertThat(HouseChecker.ozd().check(text)).allSatisfy(d -> {
            assertThat(d.line()).isBetween(1, (int) lines);
            assertThat(d.column()).isPositive();
            assertThat(d.rule()).matches("OZD0\\d\\d");
        });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> utf8 = Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, utf8);
    }
}
