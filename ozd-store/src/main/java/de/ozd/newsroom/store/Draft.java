package de.ozd.newsroom.store;

import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.json.PackageJson;
import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.Objects;

/**
 * What a caller wants stored: the package and its house text. From text, the text is kept byte for byte; from a
 * package (JSON form), the text is the canonical house text.
 */
public record Draft(ArticlePackage pkg, String text) {
    public Draft {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(text, "text");
    }

    public static Draft fromText(String text) {
        return new Draft(PackageParser.ozd().parse(text).pkg(), text);
    }

    public static Draft fromPackage(ArticlePackage pkg) {
        return new Draft(pkg, PackageWriter.ozd().canonical(pkg));
    }

    String json() {
        return PackageJson.writeCompact(pkg);
    }
}
