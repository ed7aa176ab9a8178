package de.ozd.newsroom.publish;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.publish.internal.CleanText;
import de.ozd.newsroom.publish.internal.Slugs;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A package ready to publish: its text cleaned of characters no output may carry, and the metadata every format
 * needs (slug, headline, date, URL) settled once, so that all renderers agree. Immutable.
 *
 * @param pkg       the package, with C0/C1 control characters (except tab and line feed), lone surrogates and
 *                  non-characters removed from every text
 * @param slug      URL-safe name of the article ({@code [a-z0-9-]+})
 * @param headline  front matter {@code headline}, else the package's derived headline, else the report's lead
 * @param published the publication date and time
 * @param url       the absolute URL of the article page
 * @param corrections the public corrections, oldest first: every note stays visible after later ones
 * @param updated   when the article was last updated after its publication („Aktualisiert am …“), if it was
 */
public record Publication(
        ArticlePackage pkg,
        String slug,
        String headline,
        OffsetDateTime published,
        URI url,
        List<Correction> corrections,
        Optional<OffsetDateTime> updated) {
    public Publication {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        corrections = List.copyOf(corrections);
        Objects.requireNonNull(updated, "updated");
    }

    /** A publication without a correction. */
    public Publication(ArticlePackage pkg, String slug, String headline, OffsetDateTime published, URI url) {
        this(pkg, slug, headline, published, url, List.of(), Optional.empty());
    }

    /** The latest correction, if the article was corrected after publication. */
    public Optional<Correction> correction() {
        return corrections.isEmpty() ? Optional.empty() : Optional.of(corrections.get(corrections.size() - 1));
    }

    /**
     * Settles a package's publishing metadata. Front matter wins; the fallbacks serve packages without it: the
     * slug (the CLI passes the file name), and the time of first publication, which only a store knows. A package
     * without {@code date:} and without a known first publication is refused: a page never shows an import time,
     * a file's modification time or the time of rendering as its date.
     *
     * @param firstPublished when the package was first published, or {@code null} if that is not known
     * @throws PublishException if the front matter {@code date} is not an ISO-8601 date or date-time, or if there
     *     is neither a {@code date} nor a first publication time
     */
    public static Publication of(ArticlePackage raw, Site site, String fallbackSlug, Instant firstPublished) {
        ArticlePackage pkg = CleanText.clean(raw);
        String headline = pkg.headline()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .orElseGet(() -> Slugs.lead(pkg.report().text()));
        String slug = de.ozd.newsroom.core.text.Slugs.slugify(
                pkg.frontMatter().get("slug").orElse(fallbackSlug));
        if (slug.isEmpty()) {
            slug = de.ozd.newsroom.core.text.Slugs.slugify(headline);
        }
        if (slug.isEmpty()) {
            slug = "artikel";
        }
        OffsetDateTime published = pkg.frontMatter()
                .get("date")
                .map(d -> parseDate(d, site))
                .orElseGet(() -> {
                    if (firstPublished == null) {
                        throw new PublishException("Das Paket hat kein Datum: schreiben Sie in den Kopfbereich, wann "
                                + "es erscheint, z. B. „date: 2026-03-02T09:30:00+01:00“ (ein Paket im Speicher "
                                + "trägt den Zeitpunkt seiner ersten Veröffentlichung).");
                    }
                    return firstPublished.atZone(site.zone()).toOffsetDateTime();
                });
        return new Publication(pkg, slug, headline, published.withNano(0), site.articleUrl(slug));
    }

    /**
     * A copy carrying one more public correction note (after the ones it has); the note is cleaned like the
     * package's texts (no control characters, no lone surrogates) and the time is cut to the second.
     */
    public Publication withCorrection(Correction value) {
        String note = CleanText.clean(value.note()).strip();
        if (note.isEmpty()) {
            note = "Dieser Artikel wurde nachträglich korrigiert.";
        }
        List<Correction> all = new ArrayList<>(corrections);
        all.add(new Correction(note, value.when().withNano(0)));
        return new Publication(pkg, slug, headline, published, url, all, updated);
    }

    /** A copy marked as updated at {@code when} (cut to the second): the page says „Aktualisiert am …“. */
    public Publication withUpdate(OffsetDateTime when) {
        return new Publication(pkg, slug, headline, published, url, corrections, Optional.of(when.withNano(0)));
    }

    /** A copy under another slug (the store's, when it differs from the front matter's), at that slug's URL. */
    public Publication withSlug(String value, Site site) {
        String clean = de.ozd.newsroom.core.text.Slugs.slugify(value);
        if (clean.isEmpty() || !clean.equals(value)) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
        return new Publication(pkg, value, headline, published, site.articleUrl(value), corrections, updated);
    }

    /** When the article last changed for readers: its latest correction or update, else its publication. */
    public OffsetDateTime modified() {
        OffsetDateTime latest = published;
        for (Correction c : corrections) {
            latest = c.when().isAfter(latest) ? c.when() : latest;
        }
        if (updated.isPresent() && updated.get().isAfter(latest)) {
            latest = updated.get();
        }
        return latest;
    }

    /** The package language ({@code de} unless the front matter says otherwise). */
    public String language() {
        return pkg.frontMatter().language();
    }

    public Optional<String> author() {
        return pkg.frontMatter().get("author");
    }

    public Optional<String> agency() {
        return pkg.frontMatter().get("agency");
    }

    static OffsetDateTime parseDate(String text, Site site) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(site.zone()).toOffsetDateTime();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t);
            }
            return ZonedDateTime.of(LocalDateTime.parse(t), site.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new PublishException("Das Datum „" + text + "“ im Kopfbereich ist kein ISO-8601-Datum: schreiben Sie "
                    + "z. B. „date: 2026-01-01“ oder „date: 2026-01-01T09:30:00+01:00“.");
        }
    }
}
