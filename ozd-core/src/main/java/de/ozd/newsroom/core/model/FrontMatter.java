package de.ozd.newsroom.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional {@code key: value} block at the top of a package (headline, slug, date, author, agency, tags,
 * language). Keeps the order in which keys were written.
 */
public record FrontMatter(Map<String, String> fields) {

    public static final FrontMatter EMPTY = new FrontMatter(Map.of());

    public FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The {@code tags} value split at commas, trimmed, without empty entries. */
    public List<String> tags() {
        return get("tags").stream()
                .flatMap(t -> java.util.Arrays.stream(t.split(",")))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    /** The language of the package, {@code de} unless the front matter says otherwise. */
    public String language() {
        return get("language").orElse("de");
    }

    /** A copy with {@code key} set to {@code value}, keeping the position of an existing key. */
    public FrontMatter with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return new FrontMatter(copy);
    }
}
