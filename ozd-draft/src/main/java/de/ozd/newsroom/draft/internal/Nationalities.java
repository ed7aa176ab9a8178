package de.ozd.newsroom.draft.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns that call one person by a country or region („der Tscheche“, „dem 28-jährigen Argentinier“, „die
 * Österreicherin“), from {@code nationality-nouns.txt}. A report uses them for someone it named before; a line that
 * keeps the noun without the name says not who (issue 13, thirty-first round).
 */
final class Nationalities {
    private Nationalities() {}

    /** Singular forms with the articles they take: nominative, and the forms after „dem“, „den“ and „des“. */
    private static final Set<String> AFTER_DER = new HashSet<>();

    private static final Set<String> AFTER_DIE = new HashSet<>();

    private static final Set<String> OBLIQUE = new HashSet<>();

    static {
        for (String noun : WordLists.load("nationality-nouns.txt")) {
            AFTER_DER.add(noun);
            if (noun.endsWith("e")) { // „der Tscheche“, „dem Tschechen“, „die Tschechin“
                OBLIQUE.add(noun + "n");
                AFTER_DIE.add(noun.substring(0, noun.length() - 1) + "in");
            } else { // „der Argentinier“, „dem Argentinier“, „des Argentiniers“, „die Argentinierin“
                OBLIQUE.add(noun);
                OBLIQUE.add(noun + "s");
                AFTER_DIE.add(noun + "in");
            }
        }
    }

    /** True if {@code noun} after the article {@code article} (both in lower case) calls one person by country. */
    static boolean callsOnePerson(String article, String noun) {
        return switch (article) {
            case "der" -> AFTER_DER.contains(noun) || AFTER_DIE.contains(noun); // „der Österreicherin gelang …“
            case "die" -> AFTER_DIE.contains(noun);
            case "dem", "den", "des" -> OBLIQUE.contains(noun);
            default -> false;
        };
    }
}
