package de.ozd.newsroom.store.internal;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.text.Slugs;
import de.ozd.newsroom.store.Draft;
import de.ozd.newsroom.store.Entities;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.StoreConfig;
import de.ozd.newsroom.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the store accepts (sizes, authors, slugs) and what it derives from a package (headline, date, record). */
public final class PackageRules {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final StoreConfig config;

    public PackageRules(StoreConfig config) {
        this.config = config;
    }

    void validate(Draft draft, String author) {
        checkAuthor(author);
        long bytes = draft.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxPackageBytes()) {
            throw new StoreException(
                    StoreException.Kind.TOO_LARGE,
                    "too_large",
                    "Das Paket ist " + bytes + " Bytes groß; erlaubt sind " + config.maxPackageBytes() + " Bytes.");
        }
        if (draft.pkg().report().paragraphs().isEmpty() || draft.text().isBlank()) {
            throw StoreException.invalid(
                    "Das Paket hat keinen Bericht: ein Paket beginnt mit mindestens einem Absatz.");
        }
    }

    void checkAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw StoreException.invalid("Wer speichert? Ein Autor (author) ist nötig.");
        }
        if (author.length() > config.maxAuthorChars()) {
            throw StoreException.invalid("Der Autorname ist " + author.length() + " Zeichen lang; erlaubt sind "
                    + config.maxAuthorChars() + ".");
        }
    }

    /** The package at the row's revision, with the columns derived from it. */
    public PackageRecord record(PackageRow row, ArticlePackage pkg) {
        return record(row, pkg, config.entities().extract(pkg));
    }

    public static PackageRecord record(PackageRow row, ArticlePackage pkg, Entities entities) {
        return new PackageRecord(
                row.slug(),
                headline(pkg, row.slug()),
                row.state(),
                row.rev(),
                row.createdAt(),
                row.updatedAt(),
                Optional.ofNullable(row.publishedAt()),
                pubDate(pkg, row.publishedAt(), row.createdAt()),
                pkg.frontMatter().tags(),
                entities,
                Optional.ofNullable(row.correctionNote()),
                Optional.ofNullable(row.retractionReason()),
                pkg,
                row.text());
    }

    static void refuseRetracted(PackageRow row) {
        if (row.state() == State.RETRACTED) {
            throw new StoreException(
                    StoreException.Kind.CONFLICT,
                    "illegal_transition",
                    "Paket „" + row.slug() + "“ ist zurückgezogen und " + "kann nicht mehr geändert werden.");
        }
    }

    /** The slug: given, else front matter, else from the headline; refused unless it is a valid slug. */
    static String chooseSlug(String given, ArticlePackage pkg) {
        String slug = given != null && !given.isBlank()
                ? given.strip()
                : pkg.frontMatter()
                        .get("slug")
                        .map(String::strip)
                        .orElseGet(() -> pkg.headline().map(Slugs::slugify).orElse(""));
        if (slug.isEmpty()) {
            throw StoreException.invalid(
                    "Das Paket braucht einen Slug: im Kopfbereich (slug: …), als Parameter oder über "
                            + "eine Überschrift (headline: …).");
        }
        checkSlug(slug);
        return slug;
    }

    static void checkSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            String shown = slug.length() > 60 ? slug.substring(0, 60) + "…" : slug;
            throw StoreException.invalid(
                    "„" + shown + "“ ist kein gültiger Slug: erlaubt sind a–z, 0–9 und Bindestriche, "
                            + "höchstens 120 Zeichen, z. B. „mainbruecke-gesperrt“.");
        }
    }

    /** Case-folded form used to match tags and entities. */
    public static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    static String headline(ArticlePackage pkg, String slug) {
        return pkg.headline().map(String::strip).orElse(slug);
    }

    /** {@code YYYY-MM-DD}: the front matter date, else the day of publication, else of creation. */
    static String pubDate(ArticlePackage pkg, String publishedAt, String createdAt) {
        Optional<String> fm = pkg.frontMatter()
                .get("date")
                .map(String::strip)
                .filter(d ->
                        d.length() >= 10 && DATE.matcher(d.substring(0, 10)).matches())
                .map(d -> d.substring(0, 10));
        if (fm.isPresent()) {
            return fm.get();
        }
        String at = publishedAt != null ? publishedAt : createdAt;
        return at == null || at.length() < 10 ? null : at.substring(0, 10);
    }
}
