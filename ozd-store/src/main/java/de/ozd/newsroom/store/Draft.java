package de.ozd.newsroom.store;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.json.TextRoundTrip;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.Objects;

/**
 * What a caller wants stored: the package, its house text and its compact JSON form. From text, the text is kept
 * byte for byte; from a package (JSON form), the text is the canonical house text. The JSON form is written when
 * the draft is made, so bulk imports do that work in their parallel parsing stage, not in the write transaction.
 */
public record Draft(ArticlePackage pkg, String text, String json) {
    public Draft {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(json, "json");
    }

    public Draft(ArticlePackage pkg, String text) {
        this(pkg, text, PackageJson.writeCompact(Objects.requireNonNull(pkg, "pkg")));
    }

    /** A text of the OZD house; see {@link #fromText(String, HouseConfig)}. */
    public static Draft fromText(String text) {
        return fromText(text, HouseConfig.OZD);
    }

    /** A package written as OZD text; see {@link #fromPackage(ArticlePackage, HouseConfig)}. */
    public static Draft fromPackage(ArticlePackage pkg) {
        return fromPackage(pkg, HouseConfig.OZD);
    }

    /** A house text, read with the house's headings and signature; the text is kept byte for byte. */
    public static Draft fromText(String text, HouseConfig house) {
        return new Draft(new PackageParser(house).parse(text).pkg(), text);
    }

    /**
     * A package (JSON form), written as the house's canonical text; refused with
     * {@link de.ozd.newsroom.core.json.PackageJsonException} (naming the field) unless that text reads back as the
     * same package.
     */
    public static Draft fromPackage(ArticlePackage pkg, HouseConfig house) {
        TextRoundTrip.require(pkg, house);
        return new Draft(pkg, new PackageWriter(house).canonical(pkg));
    }
}
