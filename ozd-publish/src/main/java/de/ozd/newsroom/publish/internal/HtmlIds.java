package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.core.model.Section;

/** The {@code id} of each section on the article page (German, as they appear in links). */
public final class HtmlIds {
    private HtmlIds() {}

    public static String of(Section s) {
        return switch (s) {
            case REPORT -> "bericht";
            case COMMENTARY -> "kommentar";
            case INFOBOX -> "infobox";
            case ANALYSIS -> "analyse";
            case EXPLAINERS -> "erklaerungen";
            case CREDITS -> "hinweise";
            case EXTRAS -> "extras";
        };
    }
}
