package de.ozd.newsroom.core.format;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.internal.ParserRun;
import java.util.Objects;

/**
 * Parses the OZD house format ({@code ../shared/spec/ozd-format.md}) into an
 * {@link de.ozd.newsroom.core.model.ArticlePackage}. Never throws on bad content: structural problems come back as
 * diagnostics and the text they concern is kept in the {@link SourceLayout}, so that
 * {@code PackageWriter.lossless(parse(x)) == x} for every input. Immutable and thread-safe.
 */
public final class PackageParser {
    private final HouseConfig config;

    public PackageParser(HouseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A parser for the OZD house. */
    public static PackageParser ozd() {
        return new PackageParser(HouseConfig.OZD);
    }

    public HouseConfig config() {
        return config;
    }

    /** Parses decoded text; a leading BOM ({@code U+FEFF}) is recorded, not treated as content. */
    public ParseResult parse(String text) {
        return new ParserRun(config, Objects.requireNonNull(text, "text")).parse();
    }
}
