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
        validate(draft, author, null);
    }

    /** What a save brings, checked before anything is written: sizes, characters, author and message. */
    void validate(Draft draft, String author, String message) {
        checkAuthor(author);
        checkMessage(message);
        long bytes = draft.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxPackageBytes()) {
            throw new StoreException(
                    StoreException.Kind.TOO_LARGE,
                    "too_large",
                    "Das Paket ist " + bytes + " Bytes groß; erlaubt sind " + config.maxPackageBytes() + " Bytes.");
        }
        refuseControlCharacters(draft.text(), "text", true);
        draft.pkg().frontMatter().get("date").ifPresent(PackageRules::checkDate);
        embargo(draft.pkg());
        if (draft.pkg().report().paragraphs().isEmpty() || draft.text().isBlank()) {
            throw StoreException.invalid(
                    "Das Paket hat keinen Bericht: ein Paket beginnt mit mindestens einem Absatz.");
        }
    }

    /**
     * The front-matter date must be one the renderers read (ISO-8601 date, date-time with or without offset), so a
     * public package never has a date the reader site cannot show.
     */
    static void checkDate(String value) {
        String t = value.strip();
        try {
            parseTime(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "invalid_date",
                    "Das Datum „" + shown(t) + "“ im Kopfbereich (date) ist kein ISO-8601-Datum: "
                            + "schreiben Sie z. B. „date: 2026-01-01“ oder „date: 2026-01-01T09:30:00+01:00“.");
        }
    }

    /**
     * A front-matter time: ISO-8601 date (its start), date-time with offset, or without one; the last two read in
     * the newsroom's zone.
     */
    private static java.time.Instant parseTime(String t) {
        if (t.length() == 10) {
            return java.time.LocalDate.parse(t)
                    .atStartOfDay(Times.NEWSROOM_ZONE)
                    .toInstant();
        }
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return java.time.OffsetDateTime.parse(t).toInstant();
        }
        return java.time.LocalDateTime.parse(t).atZone(Times.NEWSROOM_ZONE).toInstant();
    }

    /** A value for a message: at most 40 characters, control characters as „?“. */
    private static String shown(String t) {
        return (t.length() > 40 ? t.substring(0, 40) + "…" : t).replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * The package's embargo (front matter {@code embargo:}): not to be published before this time. An ISO-8601
     * date-time with offset, one without (read in the newsroom's zone, Europe/Berlin) or a date (its start there).
     * A value that is none of these is refused, so an embargo can never be silently ignored.
     */
    public static Optional<java.time.Instant> embargo(ArticlePackage pkg) {
        Optional<String> value = pkg.frontMatter().get("embargo").map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String t = value.get();
        try {
            return Optional.of(parseTime(t));
        } catch (java.time.format.DateTimeParseException e) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "invalid_embargo",
                    "Die Sperrfrist „" + shown(t) + "“ im Kopfbereich (embargo) ist keine ISO-8601-Zeit: schreiben Sie"
                            + " z. B. „embargo: 2026-12-05T06:00:00+01:00“.");
        }
    }

    /** Refuses (422, code {@code embargo}) to publish a package whose embargo is later than {@code now}. */
    static void refuseEmbargoed(String slug, ArticlePackage pkg, java.time.Instant now) {
        Optional<java.time.Instant> until = embargo(pkg);
        if (until.isPresent() && now.isBefore(until.get())) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "embargo",
                    "Paket „" + slug + "“ hat eine Sperrfrist bis " + Times.german(until.get())
                            + " und darf vorher nicht veröffentlicht werden. Planen Sie die Veröffentlichung für "
                            + "diese Zeit oder später.");
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
        refuseControlCharacters(author, "author", false);
    }

    /** The save message: optional, one line at most {@link StoreConfig#maxMessageChars()} long. */
    void checkMessage(String message) {
        if (message == null) {
            return;
        }
        if (message.length() > config.maxMessageChars()) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "too_long",
                    "Die Nachricht (message) ist " + message.length() + " Zeichen lang; erlaubt sind "
                            + config.maxMessageChars() + ".");
        }
        refuseControlCharacters(message, "message", false);
    }

    /** A correction note or retraction reason: shown to readers, at most {@link StoreConfig#maxNoteChars()}. */
    void checkNote(String note) {
        if (note == null) {
            return;
        }
        if (note.length() > config.maxNoteChars()) {
            throw new StoreException(
                    StoreException.Kind.INVALID,
                    "too_long",
                    "Die Notiz (note) ist " + note.length() + " Zeichen lang; erlaubt sind " + config.maxNoteChars()
                            + ".");
        }
        refuseControlCharacters(note, "note", true);
    }

    /**
     * Control characters (C0 but tab and line breaks, DEL, C1) and lone surrogates are refused with 422: PostgreSQL
     * cannot store U+0000, SQLite would keep a lone surrogate as „?“, and an escape sequence in a name reaches
     * terminals and logs. {@code lines}: whether line breaks are allowed in this field.
     */
    static void refuseControlCharacters(String value, String field, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String what = null;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                what = "ein einzelnes Ersatzzeichen (kein gültiges Unicode)";
            } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                what = lines ? null : "einen Zeilenumbruch";
            } else if (c == '\t') {
                what = lines ? null : "einen Tabulator";
            } else if (Character.getType(c) == Character.CONTROL) {
                what = "ein Steuerzeichen";
            }
            if (what != null) {
                throw new StoreException(
                        StoreException.Kind.INVALID,
                        "control_character",
                        "„" + field + "“ enthält " + what + " (" + String.format("U+%04X", (int) c) + ") an Zeichen "
                                + i + ".");
            }
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
                Times.parse(row.createdAt()),
                Times.parse(row.updatedAt()),
                Optional.ofNullable(Times.parseOrNull(row.publishedAt())),
                Times.dateOrNull(pubDate(pkg, row.publishedAt(), row.createdAt())),
                pkg.frontMatter().tags(),
                entities,
                Optional.ofNullable(row.correctionNote()),
                Optional.ofNullable(row.retractionReason()),
                pkg,
                row.text(),
                Optional.ofNullable(row.liveRev()),
                Optional.ofNullable(row.liveUpdatedAt()).map(java.time.Instant::parse),
                Corrections.read(row.corrections()),
                Optional.ofNullable(row.scheduledAt()).map(java.time.Instant::parse));
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
        checkSlug(slug, StoreException.Kind.INVALID);
    }

    /** Refuses an invalid slug with a refusal of {@code kind}. */
    static void checkSlug(String slug, StoreException.Kind kind) {
        if (!Slugs.isValid(slug)) {
            String shown = slug.length() > 60 ? slug.substring(0, 60) + "…" : slug;
            throw new StoreException(
                    kind,
                    kind == StoreException.Kind.INVALID ? "invalid_package" : "bad_slug",
                    "„" + shown.replaceAll("\\p{Cntrl}", "?")
                            + "“ ist kein gültiger Slug: erlaubt sind a–z, 0–9 und Bindestriche, "
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
