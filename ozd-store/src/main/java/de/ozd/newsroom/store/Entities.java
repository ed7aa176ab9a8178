package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.util.List;

/**
 * The people, places and organisations a package is about: filters and facets of the search.
 *
 * <p>The {@link Extractor} is the hook for the NLP module: for now {@link #FRONT_MATTER} reads the comma lists
 * {@code persons}, {@code places} and {@code organisations} from the front matter.
 */
public record Entities(List<String> persons, List<String> places, List<String> organisations) {
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        persons = List.copyOf(persons);
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
    }

    /** Finds the entities of a package. Implementations must be thread-safe and deterministic. */
    @FunctionalInterface
    public interface Extractor {
        Entities extract(ArticlePackage pkg);
    }

    public static final Extractor FRONT_MATTER =
            pkg -> new Entities(list(pkg, "persons"), list(pkg, "places"), list(pkg, "organisations"));

    private static List<String> list(ArticlePackage pkg, String key) {
        return pkg.frontMatter().get(key).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
